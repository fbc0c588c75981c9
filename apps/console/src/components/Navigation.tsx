import { Link } from 'react-aria-components';
import { ROLES } from '../format/labels';
import { paths } from '../routing/routes';
import { useCurrentPath } from '../routing/navigation';
import type { Me } from '../session/me';

interface Entry {
  href: string;
  label: string;
}

/** The entries a person sees, from what `GET /me` says they may do. */
function entriesOf(me: Me): { heading: string; entries: Entry[] }[] {
  const groups: { heading: string; entries: Entry[] }[] = [];
  if (me.platformAdmin) {
    groups.push({
      heading: 'Plateforme',
      entries: [
        { href: paths.platformConsortia(), label: 'Groupements' },
        { href: paths.platformNewConsortium(), label: 'Créer un groupement' },
      ],
    });
  }
  const coordinated = me.consortia.filter((consortium) => consortium.roles.includes('coordinator'));
  for (const consortium of coordinated) {
    groups.push({
      heading: `${consortium.name} (${ROLES.coordinator.toLowerCase()})`,
      entries: [
        { href: paths.consortium(consortium.consortiumId), label: 'Le groupement' },
        { href: paths.censuses(consortium.consortiumId), label: 'Recensements des besoins' },
        { href: paths.activity(consortium.consortiumId), label: 'Activité' },
        { href: paths.compliance(consortium.consortiumId), label: 'Calendrier de conformité' },
      ],
    });
  }
  if (me.consortia.some((consortium) => consortium.roles.includes('member-buyer'))) {
    groups.push({
      heading: 'Acheteur membre',
      entries: [{ href: paths.myConsortia(), label: 'Mes groupements' }],
    });
  }
  return groups;
}

/** The console's main navigation, the current page marked with aria-current. */
export function Navigation({ me }: { me: Me }) {
  const current = useCurrentPath().split('?')[0];
  const groups = entriesOf(me);
  if (groups.length === 0) return null;
  return (
    <nav className="site-nav" aria-label="Navigation principale">
      <ul className="site-nav-groups">
        {groups.map((group) => (
          <li key={group.heading} className="site-nav-group">
            <span className="site-nav-heading">{group.heading}</span>
            <ul>
              {group.entries.map((entry) => (
                <li key={entry.href}>
                  <Link
                    href={entry.href}
                    {...(current === entry.href ? { 'aria-current': 'page' as const } : {})}
                  >
                    {entry.label}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
