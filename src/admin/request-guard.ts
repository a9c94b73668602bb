/**
 * Keeps the editor's requests on the site and the Git host's API. The page's Content Security
 * Policy already blocks everything else; this refuses such a request before the browser tries
 * it (the package checks GitHub's status page, for instance), so the console stays clean and
 * the refusals can be listed: `window.policyTimelineEditor.refused`.
 */

export interface EditorDiagnostics {
  /** Addresses the editor tried to reach and was refused, in order. */
  readonly refused: string[];
}

declare global {
  interface Window {
    policyTimelineEditor?: EditorDiagnostics;
  }
}

/** Refuses fetch, XMLHttpRequest and beacons to any origin but the site's and `allowed`. */
export function installRequestGuard(allowed: readonly string[]): EditorDiagnostics {
  const diagnostics: EditorDiagnostics = { refused: [] };
  window.policyTimelineEditor = diagnostics;
  const origins = new Set([window.location.origin, ...allowed]);
  const permitted = (url: string): boolean => {
    try {
      const parsed = new URL(url, window.location.href);
      return (
        parsed.protocol === 'blob:' || parsed.protocol === 'data:' || origins.has(parsed.origin)
      );
    } catch {
      return false;
    }
  };
  const refuse = (url: string): TypeError => {
    diagnostics.refused.push(url);
    return new TypeError(`The editor does not send requests to ${url}`);
  };

  const fetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    return permitted(url) ? fetch(input, init) : Promise.reject(refuse(url));
  };

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the request as `this`
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (
    this: XMLHttpRequest,
    method: string,
    url: string | URL,
    ...rest: [boolean?, (string | null)?, (string | null)?]
  ): void {
    if (!permitted(String(url))) throw refuse(String(url));
    (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  };

  const beacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null): boolean =>
    permitted(String(url)) ? beacon(url, data) : (refuse(String(url)), false);

  return diagnostics;
}
