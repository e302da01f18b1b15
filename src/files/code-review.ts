// The pull or merge request a CI job runs for, and the comment on it: read from the platform's
// environment, posted through GitHub's or GitLab's API with Io's fetch.
import { resolve } from 'node:path';
import type { Io } from '../io.js';

export type CiPlatform = 'github' | 'gitlab';

/** The hidden line that marks our comment, so a later run updates it. */
export const MARKER = '<!-- strategy-as-code: check and diff -->';

export interface Request {
  /** The number of the pull request, or the iid of the merge request. */
  number?: string;
  base?: string;
}

/** The request a job runs for, from the platform's environment; `unreadable` when GitHub's event file cannot be read. */
export async function requestOf(platform: CiPlatform, io: Io): Promise<Request & { unreadable?: string }> {
  const env = io.env;
  if (platform === 'gitlab') {
    const base = env.CI_MERGE_REQUEST_DIFF_BASE_SHA || env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA;
    const iid = env.CI_MERGE_REQUEST_IID;
    return { ...(iid && REQUEST_NUMBER.test(iid) ? { number: iid } : {}), ...(base && /^[0-9a-f]{7,64}$/.test(base) ? { base } : {}) };
  }
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    // An event file is a few kilobytes; a device or a huge file is not read whole.
    const read = await io.fs.readUpTo(resolve(io.cwd, env.GITHUB_EVENT_PATH), MAX_EVENT_BYTES + 1);
    if (read.more) return { unreadable: env.GITHUB_EVENT_PATH };
    const event = JSON.parse(new TextDecoder().decode(read.bytes)) as {
      pull_request?: { number?: unknown; base?: { sha?: unknown } };
      number?: unknown;
    };
    const number = event.pull_request?.number ?? event.number;
    const base = event.pull_request?.base?.sha;
    // A number as GitHub gives it: a whole number from 1 on, nothing to read into a URL otherwise.
    const valid = typeof number === 'number' && Number.isSafeInteger(number) && REQUEST_NUMBER.test(String(number));
    return { ...(valid ? { number: String(number) } : {}), ...(typeof base === 'string' && /^[0-9a-f]{7,64}$/.test(base) ? { base } : {}) };
  } catch {
    return { unreadable: env.GITHUB_EVENT_PATH };
  }
}

const MAX_EVENT_BYTES = 16 * 1024 * 1024;

/** A pull request's number or a merge request's iid. */
const REQUEST_NUMBER = /^[1-9][0-9]{0,9}$/;

/** The most of an API's answer that is read, and how long it may take, headers and body together. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

const API_DEADLINE_MS = 20_000;

/** Posts the report as a comment on the request, or updates the one an earlier run posted. */
export async function postComment(
  platform: CiPlatform,
  request: Request,
  body: string,
  io: Pick<Io, 'env' | 'fetch'>,
): Promise<{ where: string; updated: boolean }> {
  if (!request.number)
    throw new Error(
      platform === 'github'
        ? 'this run is not for a pull request (no pull_request in GITHUB_EVENT_PATH)'
        : 'this job is not for a merge request (no CI_MERGE_REQUEST_IID)',
    );
  const call = (method: string, url: string, headers: Record<string, string>, payload?: unknown): Promise<unknown> =>
    apiCall(io, method, url, headers, payload);
  return platform === 'github' ? githubComment(io.env, request.number, body, call) : gitlabNote(io.env, request.number, body, call);
}

/** One call to a platform's API: one deadline for the headers and the whole body, a cap on the body, no redirects. */
async function apiCall(
  io: Pick<Io, 'fetch'>,
  method: string,
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
): Promise<unknown> {
  // One deadline for the headers and the whole body, and a cap on the body.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`${method} ${new URL(url).pathname}: no answer within ${API_DEADLINE_MS / 1000} s`));
    }, API_DEADLINE_MS);
  });
  const exchange = async (): Promise<unknown> => {
    let response: Response;
    try {
      response = await io.fetch(url, {
        method,
        headers: { ...headers, 'Content-Type': 'application/json', 'User-Agent': 'strategy-as-code' },
        ...(payload !== undefined ? { body: JSON.stringify(payload) } : {}),
        signal: controller.signal,
        redirect: 'manual',
      });
    } catch (error) {
      // fetch says only "fetch failed"; what was refused, and why, is in its cause.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(
        `${method} ${new URL(url).host}${new URL(url).pathname}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      );
    }
    // A redirect could carry the token elsewhere: it is not followed.
    if (response.status >= 300 && response.status < 400) {
      throw new Error(
        `${method} ${new URL(url).pathname}: HTTP ${response.status}, a redirect${response.headers.get('location') ? ` to ${response.headers.get('location')!.slice(0, 200)}` : ''}, not followed`,
      );
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const next = reader ? await reader.read() : { done: true as const, value: undefined };
      if (next.done) break;
      size += next.value.byteLength;
      if (size > MAX_RESPONSE_BYTES) {
        controller.abort();
        throw new Error(`${method} ${new URL(url).pathname}: the answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`);
      }
      chunks.push(next.value);
    }
    const text = new TextDecoder().decode(Buffer.concat(chunks));
    if (!response.ok)
      throw new Error(
        `${method} ${new URL(url).pathname}: HTTP ${response.status}${text ? ` ${text.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`,
      );
    try {
      return text ? (JSON.parse(text) as unknown) : null;
    } catch {
      throw new Error(`${method} ${new URL(url).pathname}: the answer is not JSON`);
    }
  };
  try {
    return await Promise.race([exchange(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

type Call = (method: string, url: string, headers: Record<string, string>, payload?: unknown) => Promise<unknown>;

/** The comment on a GitHub pull request: the one an app or bot posted before, updated, or a new one. */
async function githubComment(env: Io['env'], number: string, body: string, call: Call): Promise<{ where: string; updated: boolean }> {
  const request = { number };
  const token = env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository) throw new Error('GITHUB_TOKEN and GITHUB_REPOSITORY are needed to comment');
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
  const comments = (await call('GET', `${api}/repos/${repository}/issues/${request.number}/comments?per_page=100`, headers)) as {
    id: number;
    body?: string;
    user?: { type?: string };
  }[];
  // Only a comment an app or bot posted is ours to update: anyone can type the marker.
  const ours = Array.isArray(comments)
    ? comments.find((comment) => typeof comment?.body === 'string' && comment.body.startsWith(MARKER) && comment.user?.type === 'Bot')
    : undefined;
  if (ours) {
    const updated = await call('PATCH', `${api}/repos/${repository}/issues/comments/${ours.id}`, headers, { body }).then(
      () => true,
      () => false,
    );
    if (updated) return { where: `#${request.number}`, updated: true };
  }
  await call('POST', `${api}/repos/${repository}/issues/${request.number}/comments`, headers, { body });
  return { where: `#${request.number}`, updated: false };
}

/** The note on a GitLab merge request: the one the token's own user wrote before, updated, or a new one. */
async function gitlabNote(env: Io['env'], number: string, body: string, call: Call): Promise<{ where: string; updated: boolean }> {
  const request = { number };
  // GitLab: a project or group access token with the api scope; the job token cannot write notes.
  const token = env.STRATEGY_GITLAB_TOKEN;
  const project = env.CI_PROJECT_ID;
  const api = (env.CI_API_V4_URL || '').replace(/\/+$/, '');
  if (!token || !project || !api) throw new Error('STRATEGY_GITLAB_TOKEN, CI_PROJECT_ID and CI_API_V4_URL are needed to comment');
  const headers = { 'PRIVATE-TOKEN': token };
  // Only a note the token's own user wrote is ours to update: anyone can type the marker.
  const me = (await call('GET', `${api}/user`, headers)) as { id?: unknown } | null;
  const notes = (await call(
    'GET',
    `${api}/projects/${encodeURIComponent(project)}/merge_requests/${request.number}/notes?per_page=100`,
    headers,
  )) as { id: number; body?: string; author?: { id?: unknown } }[];
  const ours =
    Array.isArray(notes) && me && typeof me.id === 'number'
      ? notes.find((note) => typeof note?.body === 'string' && note.body.startsWith(MARKER) && note.author?.id === me.id)
      : undefined;
  if (ours) {
    const updated = await call(
      'PUT',
      `${api}/projects/${encodeURIComponent(project)}/merge_requests/${request.number}/notes/${ours.id}`,
      headers,
      { body },
    ).then(
      () => true,
      () => false,
    );
    if (updated) return { where: `!${request.number}`, updated: true };
  }
  await call('POST', `${api}/projects/${encodeURIComponent(project)}/merge_requests/${request.number}/notes`, headers, { body });
  return { where: `!${request.number}`, updated: false };
}
