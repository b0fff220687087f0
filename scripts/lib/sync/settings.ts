import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema } from '../../../site/lib/schema/site.ts';
import { baseUrlFromGraphqlUrl } from './client.ts';

/** What the sync needs from the environment and content/site.yaml. */
export interface SyncSettings {
  /** `owner/name`. */
  repository: string;
  token: string;
  /** octokit's API root; GraphQL is `<baseUrl>/graphql`. */
  baseUrl: string;
}

/** A setting is missing or malformed; the message says which and how to fix it. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

const ownerName = /^[\w.-]+\/[\w.-]+$/;

/**
 * GitHub Actions sets GITHUB_REPOSITORY, GITHUB_TOKEN and GITHUB_GRAPHQL_URL;
 * elsewhere the repository comes from content/site.yaml and the token from
 * the person running the sync.
 */
export async function readSettings(
  env: NodeJS.ProcessEnv,
  contentDir: string,
): Promise<SyncSettings> {
  const token = env['GITHUB_TOKEN']?.trim();
  if (!token) {
    throw new SettingsError('GITHUB_TOKEN is not set; export a token that can read the ' +
      'repository\'s discussions (a fine-grained token with Discussions: read), or run the sync ' +
      'in GitHub Actions, which provides one');
  }
  const repository = env['GITHUB_REPOSITORY']?.trim() || await repositoryInContent(contentDir);
  if (!ownerName.test(repository)) {
    throw new SettingsError(`the repository \`${repository}\` is not \`owner/name\`; fix ` +
      'GITHUB_REPOSITORY or `repository` in content/site.yaml');
  }
  const graphqlUrl = env['GITHUB_GRAPHQL_URL']?.trim();
  const baseUrl = graphqlUrl ? baseUrlFromGraphqlUrl(graphqlUrl) : 'https://api.github.com';
  if (!baseUrl) {
    throw new SettingsError(`GITHUB_GRAPHQL_URL \`${graphqlUrl}\` does not end in \`/graphql\`; ` +
      'set it to the GraphQL endpoint, such as https://api.github.com/graphql, or unset it');
  }
  return { repository, token, baseUrl };
}

async function repositoryInContent(contentDir: string): Promise<string> {
  const path = join(contentDir, 'site.yaml');
  let data: unknown;
  try {
    data = parse(await readFile(path, 'utf8'));
  } catch {
    throw new SettingsError(`cannot read ${path} for the repository to sync; set ` +
      'GITHUB_REPOSITORY=owner/name or pass --content with the content folder');
  }
  const repository = siteSchema.shape.repository.safeParse(
    (data as { repository?: unknown } | null)?.repository);
  if (!repository.success) {
    throw new SettingsError(`${path}: \`repository\` must be \`owner/name\`; fix it or set ` +
      'GITHUB_REPOSITORY');
  }
  return repository.data;
}
