// A real external MCP client against the packaged service: the TypeScript SDK's client (pinned in package.json)
// over Streamable HTTP lists the tools, records a rejection end to end, reads it back as a tool result and as a
// resource, gets a caller's mistake as a tool error, and fetches the bounce_back prompt. The SDK's client checks
// every structured result against the tool's output schema, so this also proves the schemas hold.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const base = process.env.API_BASE;
const run = `${process.pid}-${Date.now()}`;
const token = execFileSync('dev/token.sh', [`mcp-ts-${run}`, 'Casey Client'], { encoding: 'utf8' }).trim();
let failures = 0;

async function test(name, body) {
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n     ${error?.stack ?? error}`);
  }
}

function connect(bearer) {
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', base), {
    requestInit: { headers: { Authorization: `Bearer ${bearer}` } },
  });
  const client = new Client({ name: 'rebound-ci', version: '1.0.0' });
  return client.connect(transport).then(() => client);
}

const client = await connect(token);
const today = new Date().toISOString().slice(0, 10);
let id;

await test('initialize names the server and lists every tool with schemas', async () => {
  assert.equal(client.getServerVersion().name, 'rebound');
  const { tools } = await client.listTools();
  const names = tools.map((tool) => tool.name);
  for (const expected of ['record_rejection', 'preview_suggestions', 'get_suggestions', 'list_rejections',
    'search_rejections', 'get_rejection', 'update_plan_step', 'record_feedback', 'save_reflection',
    'list_reminders', 'get_insights', 'draft_from_email']) {
    assert.ok(names.includes(expected), `${expected} is listed`);
  }
  const get = tools.find((tool) => tool.name === 'get_rejection');
  assert.equal(get.annotations.readOnlyHint, true);
  assert.equal(get.outputSchema.type, 'object');
});

await test('record_rejection stores the rejection and answers with its suggestions', async () => {
  const result = await client.callTool({
    name: 'record_rejection',
    arguments: {
      company: 'Acme Robotics', role: 'Backend Engineer', stageReached: 'INTERVIEW', interviewFormat: 'VIDEO',
      notifiedVia: 'EMAIL', rejectedOn: today, tone: 'WARM', idempotencyKey: `ts-${run}`,
      // International forms the service takes, which ASCII-only format checks of the output would refuse.
      contact: { name: 'María José Peña', email: 'maría@acme-robótica.example' },
      jobPostingUrl: 'https://jobs.example/köln/4711',
    },
  });
  assert.notEqual(result.isError, true, JSON.stringify(result.content));
  id = result.structuredContent.id;
  assert.match(id, /^[0-9a-f-]{36}$/);
  assert.equal(result.structuredContent.company, 'Acme Robotics');
  assert.ok(result.structuredContent.suggestions.thankYouNote.body.includes('Acme Robotics'));
  assert.ok(result.structuredContent.suggestions.plan.length > 0);
});

await test('the record reads back through the tools and as a resource', async () => {
  const page = await client.callTool({ name: 'list_rejections', arguments: {} });
  assert.equal(page.structuredContent.totalItems, 1);
  const found = await client.callTool({ name: 'search_rejections', arguments: { q: 'Acme' } });
  assert.equal(found.structuredContent.items[0].id, id);
  const step = await client.callTool({
    name: 'update_plan_step', arguments: { id, action: 'SEND_THANK_YOU', status: 'DONE' },
  });
  assert.equal(step.structuredContent.status, 'DONE');
  const resource = await client.readResource({ uri: `rebound://rejections/${id}` });
  assert.equal(JSON.parse(resource.contents[0].text).id, id);
});

await test('a caller mistake is a tool error carrying the problem', async () => {
  const result = await client.callTool({ name: 'record_rejection', arguments: { role: 'Backend Engineer' } });
  assert.equal(result.isError, true);
  assert.equal(result.structuredContent.status, 400);
  const fields = result.structuredContent.errors.map((error) => error.field);
  assert.ok(fields.includes('company'), fields.join());
});

await test('another person sees none of it', async () => {
  const other = await connect(execFileSync('dev/token.sh', [`mcp-ts-other-${run}`], { encoding: 'utf8' }).trim());
  await other.listTools(); // so that its client checks results against the output schemas too
  const page = await other.callTool({ name: 'list_rejections', arguments: {} });
  assert.equal(page.structuredContent.totalItems, 0);
  const read = await other.callTool({ name: 'get_rejection', arguments: { id } });
  assert.equal(read.structuredContent.status, 404);
  await other.close();
});

await test('the bounce_back prompt walks through the steps', async () => {
  const prompt = await client.getPrompt({ name: 'bounce_back', arguments: { company: 'Acme Robotics' } });
  assert.ok(prompt.messages[0].content.text.includes('Acme Robotics'));
});

await client.close();
console.log(failures === 0 ? 'mcp: all checks passed' : `mcp: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
