// Drives jsforce and node-marketo-rest against a running sia-sandbox (ready.json: its ready line) and
// fails on the first answer a real service would not give.
const fs = require('fs');
const crypto = require('crypto');
const assert = require('assert/strict');
const jsforce = require('jsforce');
const Marketo = require('node-marketo-rest');

const ready = JSON.parse(fs.readFileSync(process.argv[2], 'utf8').split('\n')[0]);
let checks = 0;
const check = (condition, what) => { assert.ok(condition, what); checks += 1; console.log('ok -', what); };

async function salesforce() {
  const sf = ready.salesforce;
  const conn = new jsforce.Connection({
    oauth2: { loginUrl: sf.loginUrl, clientId: sf.consumerKey, clientSecret: sf.consumerSecret, redirectUri: sf.callbackUrl },
    version: sf.apiVersion.replace('v', ''),
  });
  await conn.login(sf.username, sf.password);
  check(conn.instanceUrl === sf.instanceUrl, 'jsforce: OAuth password grant gives the instance URL');

  const leads = await conn.query('SELECT Id, Email, OwnerId FROM Lead ORDER BY Id LIMIT 5');
  check(leads.records.length === 5 && leads.records.every(r => r.Id.startsWith('00Q')), 'jsforce: SOQL query of leads');

  const contacts = await conn.query('SELECT Id FROM Contact').run({ autoFetch: true, maxFetch: 1000000 });
  const ids = new Set(contacts.records.map(r => r.Id));
  check(contacts.records.length === contacts.totalSize && ids.size === contacts.totalSize, 'jsforce: paging through nextRecordsUrl loses and repeats nothing');

  const created = await conn.sobject('Task').create({ Subject: 'Call back', ActivityDate: '2026-11-26', Status: 'Not Started', Priority: 'High' });
  check(created.success && created.id.startsWith('00T'), 'jsforce: create a Task');
  const task = await conn.sobject('Task').retrieve(created.id);
  check(task.Subject === 'Call back' && task.Priority === 'High', 'jsforce: read the Task back');
  await conn.sobject('Task').update({ Id: created.id, Status: 'Completed' });
  check((await conn.sobject('Task').retrieve(created.id)).Status === 'Completed', 'jsforce: update the Task');

  const many = await conn.sobject('Task').create([{ Subject: 'a' }, { Subject: 'b', Status: 'Bogus' }], { allOrNone: false });
  check(many[0].success && !many[1].success, 'jsforce: sObject Collections answer per record');
  await conn.sobject('Task').destroy(created.id);

  const limits = await conn.limits();
  check(limits.DailyApiRequests.Max > limits.DailyApiRequests.Remaining, 'jsforce: limits count the calls');
  await assert.rejects(conn.query('SELECT Nope FROM Lead'), e => e.errorCode === 'INVALID_FIELD');
  check(true, 'jsforce: an unknown field is INVALID_FIELD');
  const org = await conn.query('SELECT Id, Name, OrganizationType, IsSandbox FROM Organization');
  check(org.records[0].OrganizationType === 'Enterprise Edition', 'jsforce: the organization and its edition');
}

// Salesforce's instance is another host than its login host (two ports of the sandbox): jsforce logs in
// on the login host with the web-server flow (PKCE, the login page filled in as a browser would) and
// sends the REST API to the instance_url of the token answer, the identity and refresh to the login host.
async function salesforceSeparateInstance() {
  const sf = ready.salesforce;
  const version = sf.apiVersion.replace('v', '');
  check(new URL(sf.instanceUrl).port !== new URL(sf.loginUrl).port, 'ready line: the instance is another host than the login host');

  const verifier = crypto.randomBytes(48).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  const oauth2 = new jsforce.OAuth2({ loginUrl: sf.loginUrl, clientId: sf.consumerKey, clientSecret: sf.consumerSecret, redirectUri: sf.callbackUrl });
  const authorizeUrl = oauth2.getAuthorizationUrl({ scope: 'api refresh_token openid', state: 'jsforce-web', code_challenge: challenge, code_challenge_method: 'S256' });
  const page = await fetch(authorizeUrl).then(r => r.text());
  const unescape = v => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields = new URLSearchParams();
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields.append(m[1], unescape(m[2]));
  fields.append('username', sf.username);
  fields.append('password', sf.password);
  fields.append('action', 'allow');
  const approved = await fetch(new URL('/services/oauth2/authorize', sf.loginUrl), { method: 'POST', body: fields, redirect: 'manual' });
  const callback = new URL(approved.headers.get('location'));
  check(approved.status === 302 && callback.searchParams.get('state') === 'jsforce-web' && callback.searchParams.get('code'), 'jsforce: the login page of the login host answers the callback with a code');

  const conn = new jsforce.Connection({ oauth2, version });
  await conn.authorize(callback.searchParams.get('code'), { code_verifier: verifier });
  check(conn.instanceUrl === sf.instanceUrl && conn.instanceUrl !== sf.loginUrl && conn.refreshToken, 'jsforce: the web-server flow gives an instance_url on another host, and a refresh token');
  const leads = await conn.query('SELECT Id FROM Lead ORDER BY Id LIMIT 3');
  check(leads.records.length === 3, 'jsforce: a query through the connection goes to the instance');
  const identity = await conn.identity();
  check(identity.username === sf.username && identity.urls.rest.startsWith(sf.instanceUrl + '/'), "jsforce: the identity URL (login host) names the instance's REST URL");

  // A session jsforce takes for expired: it refreshes on the login host and repeats the query on the instance.
  conn.accessToken = `${conn.accessToken.split('!')[0]}!expired`;
  const again = await conn.query('SELECT Id FROM Lead ORDER BY Id LIMIT 3');
  check(again.records[0].Id === leads.records[0].Id && !conn.accessToken.endsWith('!expired'), 'jsforce: refresh on the login host, the query again on the instance');

  // A client that sends the REST API to the login host (ignoring instance_url) is refused.
  const wrong = new jsforce.Connection({ instanceUrl: sf.loginUrl, accessToken: conn.accessToken, version });
  await assert.rejects(wrong.query('SELECT Id FROM Lead LIMIT 1'));
  check(true, 'jsforce: the REST API on the login host fails');
}

async function marketo() {
  const mk = ready.marketo;
  const client = new Marketo({ endpoint: mk.restUrl, identity: mk.identityUrl, clientId: mk.clientId, clientSecret: mk.clientSecret });
  const found = await client.lead.find('id', [1001, 1002], { fields: ['id', 'email', 'sfdcLeadId'] });
  check(found.success && found.result.length === 2 && found.result[0].id === 1001, 'node-marketo-rest: token and leads by id');
  const describe = await client.lead.describe();
  check(describe.success && describe.result.some(f => f.rest && f.rest.name === 'email'), 'node-marketo-rest: lead describe');

  // The lead changes feed scans the activity log in blocks: read until moreResult is false, across empty pages.
  const control = (method, path, body) => fetch(ready.baseUrl + path, { method, body: body && JSON.stringify(body) }).then(r => r.json());
  const clock = await control('GET', '/sandbox/clock');
  let token = (await client.lead.getPageToken(clock.now)).nextPageToken;
  await control('POST', '/sandbox/mutate', { kind: 'people', count: 25 });
  const changes = new Set();
  let empty = 0;
  for (let pages = 0; pages < 10000; pages += 1) {
    const page = await client.lead.getChanges(token, { fields: 'title,phone,company,leadSource' });
    (page.result || []).forEach(c => changes.add(c.id));
    token = page.nextPageToken;
    if (!page.moreResult) break;
    if (!page.result || page.result.length === 0) empty += 1;
  }
  check(changes.size === 25 && empty > 0, `node-marketo-rest: lead changes read to the end across ${empty} empty pages`);
}

// A lead-changes read that crosses empty pages: from before 2025 (the log's generated history of New Lead
// activities) to the New Leads of people the control API creates, following nextPageToken while moreResult
// is true, until it is false.
async function marketoNewLeads() {
  const mk = ready.marketo;
  const client = new Marketo({ endpoint: mk.restUrl, identity: mk.identityUrl, clientId: mk.clientId, clientSecret: mk.clientSecret });
  const control = (method, path, body) => fetch(ready.baseUrl + path, { method, body: body && JSON.stringify(body) }).then(r => r.json());
  let token = (await client.lead.getPageToken('2024-12-02T00:00:00Z')).nextPageToken;
  const created = await control('POST', '/sandbox/mutate', { kind: 'newPeople', count: 20, owned: true });
  const activities = [];
  let empty = 0;
  for (let pages = 0; pages < 100000; pages += 1) {
    const page = await client.lead.getChanges(token, { fields: 'title' });
    activities.push(...(page.result || []));
    token = page.nextPageToken;
    if (!page.moreResult) break;
    if (!page.result || page.result.length === 0) empty += 1;
  }
  const history = activities.filter(a => a.activityDate < '2025-01-01');
  const newLeads = activities.filter(a => a.activityDate >= '2025-01-01' && a.activityTypeId === 12);
  check(history.length > 0 && history.every((a, i) => a.activityTypeId === 12 && (i === 0 || history[i - 1].activityDate <= a.activityDate)),
    `node-marketo-rest: lead changes from before 2025 read ${history.length} New Lead activities of the generated history`);
  check(JSON.stringify(newLeads.map(a => a.leadId)) === JSON.stringify(created.ids) && newLeads.every(a => a.fields.length === 0),
    'node-marketo-rest: lead changes hold a New Lead for each person the control API created');
  check(empty > 0, `node-marketo-rest: the lead changes read crossed ${empty} empty pages while moreResult was true`);
  const found = await client.lead.find('id', created.ids, { fields: ['id', 'sfdcLeadId', 'sfdcLeadOwnerId', 'createdAt'] });
  check(found.success && found.result.length === 20 && found.result.every(l => l.sfdcLeadId && l.sfdcLeadOwnerId),
    'node-marketo-rest: the created people are found by id, each a lead with a Sales Owner');
}

(async () => {
  await salesforce();
  await salesforceSeparateInstance();
  await marketo();
  await marketoNewLeads();
  console.log(`${checks} passed, 0 failed`);
})().catch(e => { console.error('not ok -', e.message || e); process.exit(1); });
