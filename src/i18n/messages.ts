// Every text a user reads that is not a rule's own (src/rules/<id>.ts has those), by id: one
// table per language (./en/messages.ts, ./nl/messages.ts). The Dutch table has the type of the
// English one, so a message missing in either language does not compile. Each text is made
// from plain data with the language's words (./words.ts).
import type { Language } from '../model/strategy.js';
import type { messages as en } from './en/messages.js';
import { CATALOGUES } from './catalogues.js';
import { words } from './words.js';
import type { Words } from './words.js';

export type { JsonType, ValueShape } from './message-parts.js';

export type Messages = typeof en;
export type MessageId = keyof Messages;

type Data<K extends MessageId> = Parameters<Messages[K]>[0];

/** A message's text; messages without data take none. */
export type Translate = <K extends MessageId>(id: K, ...data: Data<K> extends undefined ? [] : [Data<K>]) => string;

export function translator(language: Language): Translate {
  const table = CATALOGUES[language].messages;
  const w = words(language);
  return (id, ...data) => (table[id] as (data: unknown, w: Words) => string)(data[0], w);
}

export const messageIds = Object.keys(CATALOGUES.en.messages) as MessageId[];

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(CATALOGUES.en.messages, id);
}
