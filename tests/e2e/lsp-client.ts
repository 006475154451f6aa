// A small JSON-RPC 2.0 client for a language server speaking LSP over stdio (Content-Length framing), enough
// to drive vscode-eslint-language-server the way an editor does: answers the server's requests
// (workspace/configuration, workspace/applyEdit, registrations), records notifications.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] }>;
}
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  command?: Command;
}

type Handler = (params: unknown) => unknown;
interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly waiters = new Set<() => void>();
  /** Every notification received, in order. */
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  /** Every request the server sent, in order. */
  readonly serverRequests: Array<{ method: string; params: unknown }> = [];
  /** What the server wrote on stderr (for failure messages). */
  stderr = '';

  constructor(command: string, args: readonly string[], cwd: string, private readonly handlers: Record<string, Handler>) {
    this.process = spawn(command, args, { cwd, stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.process.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error(`language server exited\n${this.stderr}`));
      this.pending.clear();
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first value `probe` returns that is not undefined, checked after every message. */
  waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const value = probe();
        if (value === undefined) return false;
        this.waiters.delete(listener);
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(listener);
        reject(new Error(`timed out waiting for ${what}\nserver stderr:\n${this.stderr}\nlog:\n${this.logMessages().join('\n')}\nreceived: ${this.notifications.map((n) => n.method).join(', ')}\nserver requests: ${this.serverRequests.map((r) => `${r.method} ${JSON.stringify(r.params).slice(0, 300)}`).join('\n')}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(listener);
    });
  }

  /** window/logMessage and window/showMessage texts. */
  logMessages(): string[] {
    return this.notifications
      .filter(({ method }) => method === 'window/logMessage' || method === 'window/showMessage')
      .map(({ params }) => (params as { message: string }).message);
  }

  /** The latest diagnostics published for `uri`, if any. */
  diagnostics(uri: string): Diagnostic[] | undefined {
    for (let index = this.notifications.length - 1; index >= 0; index -= 1) {
      const notification = this.notifications[index];
      if (notification?.method !== 'textDocument/publishDiagnostics') continue;
      const params = notification.params as { uri: string; diagnostics: Diagnostic[] };
      if (params.uri === uri) return params.diagnostics;
    }
    return undefined;
  }

  async shutdown(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/iu.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad LSP header: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: answer it.
      this.serverRequests.push({ method: message.method, params: message.params });
      const handler = this.handlers[message.method] ?? this.handlers['*'];
      Promise.resolve()
        .then(() => (handler ? handler(message.params) : null))
        .then(
          (result) => this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
          (error: Error) => this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: error.message } }),
        );
    } else if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.message} (${message.error.code})`));
      else pending?.resolve(message.result);
    }
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Offsets ↔ LSP positions (UTF-16 code units, as JavaScript strings count them). */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}

export function offsetAt(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line; line += 1) offset += (lines[line]?.length ?? 0) + 1;
  return offset + position.character;
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offsetAt(text, edit.range.start)) + edit.newText + result.slice(offsetAt(text, edit.range.end));
  }
  return result;
}
