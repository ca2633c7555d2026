import { type IncomingHttpHeaders, request } from 'node:http';
import { connect } from 'node:net';

// Requests that fetch will not send: a Host header of the test's choosing, a request line as written.

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request through node:http, which sends the headers as given, Host included. */
export function raw(base: string, path: string, init: RawInit = {}): Promise<RawAnswer> {
  const url = new URL(path, base);
  return new Promise((done, fail) => {
    const out = request(
      { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    out.on('error', fail);
    out.end(init.body);
  });
}

/** Writes `text` (request line, headers, blank line) to the server's socket and returns all it answers. */
export function rawSocket(base: string, text: string): Promise<string> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.end(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('end', () => done(answer));
    socket.on('error', fail);
  });
}
