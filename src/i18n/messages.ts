// Every text a user reads that is not a rule's own (src/rules/<id>.ts has those), by id: one
// table per language (./en/messages.ts, ./nl/messages.ts). The Dutch table has the type of the
// English one, so a message missing in either language does not compile. Each text is made
// from plain data with the language's words (./words.ts).
import type { Language } from '../model/strategy.js';
import { messages as en } from './en/messages.js';
import { messages as nl } from './nl/messages.js';
import { words } from './words.js';
import type { Words } from './words.js';

export type { JsonType, ValueShape } from './message-parts.js';

export type Messages = typeof en;
export type MessageId = keyof Messages;

const tables: Record<Language, Messages> = { en, nl };

type Data<K extends MessageId> = Parameters<Messages[K]>[0];

/** A message's text; messages without data take none. */
export type Translate = <K extends MessageId>(id: K, ...data: Data<K> extends undefined ? [] : [Data<K>]) => string;

export function translator(language: Language): Translate {
  const table = tables[language];
  const w = words(language);
  return (id, ...data) => (table[id] as (data: unknown, w: Words) => string)(data[0], w);
}

export const messageIds = Object.keys(en) as MessageId[];

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}
