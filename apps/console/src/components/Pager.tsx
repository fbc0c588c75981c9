import { Button } from 'react-aria-components';

interface PagerProps {
  page: number;
  pages: number;
  onPage(page: number): void;
  label: string;
}

/** « Page précédente » / « Page suivante », with where the reader is. */
export function Pager({ page, pages, onPage, label }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <Button className="button button-secondary" isDisabled={page <= 1} onPress={() => onPage(page - 1)}>
        Page précédente
      </Button>
      <span aria-live="polite">
        Page {page} sur {pages}
      </span>
      <Button className="button button-secondary" isDisabled={page >= pages} onPress={() => onPage(page + 1)}>
        Page suivante
      </Button>
    </nav>
  );
}
