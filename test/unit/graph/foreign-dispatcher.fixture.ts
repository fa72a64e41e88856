// Run by transport.test.ts in a process of its own: Node's fetch runs first, so the global
// dispatcher is the one Node's bundled undici installs, as in a host where something else used
// fetch before the extension loaded. Prints what sendGraphRequest got back, as JSON.
async function main(url: string): Promise<void> {
  await (await fetch(url)).text();
  const { Agent, getGlobalDispatcher } = await import('undici');
  const foreign = !(getGlobalDispatcher() instanceof Agent); // else this Node shares our undici, and the test proves less
  const { sendGraphRequest } = await import('../../../src/core/graph');
  const response = await sendGraphRequest({ graphUrl: new URL(url).origin, apiVersion: 'v24.0', timeoutMs: 2000 }, { method: 'POST', url, body: 'a=1' });
  process.stdout.write(JSON.stringify({ foreign, status: response.status, text: response.text, cookies: response.headers['set-cookie'] }));
}

void main(process.argv[2]);
