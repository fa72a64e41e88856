import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createNonce, panelHtml } from '../../../src/extension/panel/html';

const SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('panel HTML', () => {
  test('has a strict CSP whose script nonce is the one on the only script tag', () => {
    const nonce = createNonce();
    const html = panelHtml({ cspSource: SOURCE, scriptUri: `${SOURCE}/dist/webview.js`, styleUri: `${SOURCE}/dist/webview.css`, nonce });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.equal(csp, `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${SOURCE}; img-src ${SOURCE}; font-src ${SOURCE}`);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][1], new RegExp(`nonce="${nonce.replace(/[+/]/g, '\\$&')}"`));
    assert.equal(scripts[0][2], '', 'no inline script');
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|https?:\/\/(?!file\+)/);
  });

  test('nonces are random, long enough, and differ on every render', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) {
      assert.match(nonce, /^[A-Za-z0-9+/]{24}$/); // 18 random bytes
      assert.equal(Number.isNaN(Number(nonce)), true, 'not a timestamp');
    }
  });

  test('escapes resource addresses into attributes', () => {
    const html = panelHtml({ cspSource: SOURCE, scriptUri: 'x"><script>alert(1)</script>', styleUri: 's', nonce: 'n' });
    assert.equal(html.includes('<script>alert(1)'), false);
  });
});
