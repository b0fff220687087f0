import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrlFromGraphqlUrl } from '../../scripts/lib/sync/client.ts';
import { readSettings, SettingsError } from '../../scripts/lib/sync/settings.ts';

describe('the sync\'s settings', () => {
  let content: string;
  const token = ['ghp', 'settingsTestToken000'].join('_');

  beforeAll(async () => {
    content = await mkdtemp(join(tmpdir(), 'rounds-settings-'));
    await writeFile(join(content, 'site.yaml'), 'title: T\nrepository: rounds-health/rounds\n');
  });
  afterAll(() => rm(content, { recursive: true, force: true }));

  it('takes the repository from content/site.yaml and GitHub.com by default', async () => {
    expect(await readSettings({ GITHUB_TOKEN: token }, content)).toEqual({
      repository: 'rounds-health/rounds', token, baseUrl: 'https://api.github.com',
    });
  });

  it('lets GITHUB_REPOSITORY and GITHUB_GRAPHQL_URL override them', async () => {
    const settings = await readSettings({
      GITHUB_TOKEN: token,
      GITHUB_REPOSITORY: 'someone/fork',
      GITHUB_GRAPHQL_URL: 'https://ghe.example.org/api/graphql',
    }, content);
    expect(settings).toMatchObject({ repository: 'someone/fork',
      baseUrl: 'https://ghe.example.org/api' });
  });

  it('refuses to run without a token and says how to get one', async () => {
    await expect(readSettings({}, content)).rejects.toThrowError(SettingsError);
    await expect(readSettings({ GITHUB_TOKEN: ' ' }, content)).rejects.toThrowError(
      /^GITHUB_TOKEN is not set; export a token that can read the repository's discussions/);
  });

  it('refuses a repository that is not owner/name', async () => {
    await expect(readSettings({ GITHUB_TOKEN: token, GITHUB_REPOSITORY: 'just-a-name' }, content))
      .rejects.toThrowError('the repository `just-a-name` is not `owner/name`; fix ' +
        'GITHUB_REPOSITORY or `repository` in content/site.yaml');
  });

  it('refuses a GraphQL URL that does not end in /graphql', async () => {
    await expect(readSettings({ GITHUB_TOKEN: token,
      GITHUB_GRAPHQL_URL: 'https://api.github.com' }, content))
      .rejects.toThrowError(/^GITHUB_GRAPHQL_URL `https:\/\/api\.github\.com` does not end in/);
  });

  it('derives octokit\'s API root from a GraphQL URL', () => {
    expect(baseUrlFromGraphqlUrl('https://api.github.com/graphql')).toBe('https://api.github.com');
    expect(baseUrlFromGraphqlUrl('http://127.0.0.1:4000/graphql/')).toBe('http://127.0.0.1:4000');
    expect(baseUrlFromGraphqlUrl('https://api.github.com/v3')).toBeUndefined();
  });
});
