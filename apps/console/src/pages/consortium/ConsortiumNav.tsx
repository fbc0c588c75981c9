import { Link } from 'react-aria-components';
import { useCurrentPath } from '../../routing/navigation';
import { paths } from '../../routing/routes';
import type { ConsortiumScope } from './scope';

/** The pages of one groupement that the role opens. */
export function ConsortiumNav({ role, consortiumId }: Pick<ConsortiumScope, 'role' | 'consortiumId'>) {
  const current = useCurrentPath().split('?')[0];
  const entries = [
    { href: paths.consortium(consortiumId), label: 'Le groupement' },
    { href: paths.censuses(consortiumId), label: 'Recensements des besoins' },
    ...(role !== 'member-buyer' ? [{ href: paths.activity(consortiumId), label: 'Activité' }] : []),
    ...(role !== 'member-buyer'
      ? [{ href: paths.compliance(consortiumId), label: 'Calendrier de conformité' }]
      : []),
    ...(role === 'member-buyer'
      ? [{ href: paths.orders(consortiumId), label: 'Ce que ma collectivité peut commander' }]
      : []),
  ];
  return (
    <nav aria-label="Pages du groupement" className="sub-nav">
      <ul>
        {entries.map((entry) => (
          <li key={entry.href}>
            <Link href={entry.href} {...(current === entry.href ? { 'aria-current': 'page' as const } : {})}>
              {entry.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
