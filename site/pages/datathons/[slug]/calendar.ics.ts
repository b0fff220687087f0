import type { APIRoute } from 'astro';
import { getDatathons } from '../../../data/datathons.ts';
import { href } from '../../../data/links.ts';
import { datathonCalendar } from '../../../lib/datathon/calendar.ts';
import type { Datathon } from '../../../lib/datathon/model.ts';
import { datathonPaths } from '../../../lib/datathon/paths.ts';

export async function getStaticPaths() {
  const datathons = await getDatathons();
  return datathons.map((datathon) => ({ params: { slug: datathon.slug }, props: { datathon } }));
}

/** The event's programme as an iCalendar file, beside its page. */
export const GET: APIRoute<{ datathon: Datathon }> = ({ props, site }) => {
  const { datathon } = props;
  const origin = site ?? new URL('https://localhost');
  const text = datathonCalendar(datathon, {
    pageUrl: new URL(href(datathonPaths.event(datathon.slug)), origin).href,
    host: origin.hostname,
    stamp: new Date(),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
