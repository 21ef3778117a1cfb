// Turns a failed call into words: the API's problem+json (RFC 9457) with the fields it names, or a
// network failure (the service is down, or it does not allow this page's origin).
import { FetchError, ResponseError } from './client/index.js';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Described {
  summary: string;
  fields: FieldProblem[];
  status?: number;
}

export async function describe(error: unknown, apiBase: string): Promise<Described> {
  if (error instanceof ResponseError) {
    const status = error.response.status;
    let title = error.response.statusText || 'Request failed';
    let detail = '';
    let fields: FieldProblem[] = [];
    try {
      const problem = await error.response.json();
      title = typeof problem.title === 'string' ? problem.title : title;
      detail = typeof problem.detail === 'string' ? problem.detail : '';
      if (Array.isArray(problem.errors)) {
        fields = problem.errors
          .filter((e: unknown): e is FieldProblem => typeof e === 'object' && e !== null && 'field' in e && 'message' in e)
          .map((e: FieldProblem) => ({ field: String(e.field), message: String(e.message) }));
      }
    } catch {
      // Not a problem document; the status line is all there is.
    }
    if (status === 401) {
      return { status, fields: [], summary: 'Rebound did not accept your access token: it is missing, expired or signed by a key this service does not trust. Paste a fresh one.' };
    }
    return { status, fields, summary: detail ? `${title}: ${detail}` : title };
  }
  if (error instanceof FetchError || error instanceof TypeError) {
    return {
      fields: [],
      summary: `Could not reach Rebound at ${apiBase}. Is the service running, and does it allow this page's origin (${location.origin}) in REBOUND_CORS_ORIGINS?`,
    };
  }
  return { fields: [], summary: error instanceof Error ? error.message : String(error) };
}
