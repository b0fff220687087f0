import { getCollection } from 'astro:content';
import { buildDatathon, type Datathon } from '../lib/datathon/model.ts';
import type { DatathonSource } from '../lib/datathon/source.ts';
import { compareForListing } from '../lib/datathon/status.ts';
import type { ProjectEntry } from '../lib/schema/datathon-project.ts';
import type { DatathonEntry } from '../lib/schema/datathon.ts';

let datathons: Promise<Datathon[]> | undefined;

// TODO(datathon-status): status and registration state are frozen when the site
// is built, so a page says "upcoming" until the next build; a scheduled daily
// build would keep them right without client code.

/**
 * Every datathon, in the order of the datathon list, with status worked out
 * once per build from the build's clock.
 */
export function getDatathons(): Promise<Datathon[]> {
  datathons ??= assemble(Date.now());
  return datathons;
}

// Entries were validated by the datathon loader; project ids are `<slug>/<project>`.
async function assemble(now: number): Promise<Datathon[]> {
  const [events, projects, bodies] = await Promise.all([
    getCollection('datathons'),
    getCollection('datathonProjects'),
    getCollection('datathonBodies'),
  ]);
  const sources = events.map((event): DatathonSource => ({
    id: event.id,
    file: event.filePath ?? '',
    data: event.data as DatathonEntry,
    bodyFile: bodies.find((b) => b.id === `datathons/${event.id}/index`)?.filePath,
    projects: projects
      .filter((p) => p.id.startsWith(`${event.id}/`))
      .map((p) => ({
        id: p.id.slice(event.id.length + 1),
        file: p.filePath ?? '',
        data: p.data as ProjectEntry,
      })),
  }));
  return sources.map((source) => buildDatathon(source, now)).sort(compareForListing);
}
