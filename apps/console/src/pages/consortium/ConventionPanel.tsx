import type { ConsortiumView } from '../../api/schemas';
import { formatDate } from '../../format/dates';
import {
  AUTHORITY_KINDS,
  CAO_COMPOSITIONS,
  COST_SHARING_RULES,
  ENTRUSTED_OPERATIONS,
  labelOf,
} from '../../format/labels';
import { formatNumber } from '../../format/money';
import { formatSiret } from '../../format/siret';

/** The convention constitutive and the coordinator, as a description list. */
export function ConventionPanel({ consortium }: { consortium: ConsortiumView }) {
  const { convention, coordinator } = consortium;
  return (
    <>
      <h2>Convention constitutive</h2>
      <dl className="description-list">
        <dt>Référence</dt>
        <dd>{convention.reference}</dd>
        <dt>Signée le</dt>
        <dd>{formatDate(convention.signedOn)}</dd>
        <dt>En vigueur le</dt>
        <dd>{formatDate(convention.effectiveOn)}</dd>
        <dt>Clause d’adhésion</dt>
        <dd>{convention.adhesionClause ? 'Oui : de nouveaux membres peuvent adhérer' : 'Non'}</dd>
        <dt>Clause de retrait</dt>
        <dd>
          {convention.exitClause.allowed
            ? `Oui, avec un préavis de ${convention.exitClause.noticeDays} jours ; conséquences financières supportées par ${convention.exitClause.financialConsequencesBorneBy}`
            : 'Non'}
        </dd>
        <dt>Répartition des frais</dt>
        <dd>
          {labelOf(COST_SHARING_RULES, convention.costSharing.rule)}
          {convention.costSharing.brackets.length > 0
            ? ` : ${convention.costSharing.brackets
                .map(
                  (bracket) =>
                    `jusqu’à ${formatNumber(bracket.upToPopulation)} habitants, poids ${bracket.weight}`,
                )
                .join(' ; ')}`
            : ''}
        </dd>
        <dt>Commission d’appel d’offres</dt>
        <dd>{labelOf(CAO_COMPOSITIONS, convention.cao)}</dd>
        <dt>Opérations confiées au coordonnateur</dt>
        <dd>
          {convention.entrustedOperations
            .map((operation) => labelOf(ENTRUSTED_OPERATIONS, operation))
            .join(', ') || 'Aucune'}
        </dd>
      </dl>
      <h2>Coordonnateur</h2>
      <dl className="description-list">
        <dt>Nom</dt>
        <dd>{coordinator.name}</dd>
        <dt>SIRET</dt>
        <dd>{formatSiret(coordinator.siret)}</dd>
        <dt>Nature</dt>
        <dd>{labelOf(AUTHORITY_KINDS, coordinator.kind)}</dd>
        <dt>Population</dt>
        <dd>{formatNumber(coordinator.population)}</dd>
      </dl>
    </>
  );
}
