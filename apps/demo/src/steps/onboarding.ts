import { actors } from '../actors';
import { Commune, Coordinator } from '../communes';
import { Demo } from '../demo';

/** Days before the start when the municipal councils met: weekdays, the start being a Monday. */
const COUNCIL_MEETINGS = [17, 18, 19, 20, 21, 24, 25, 26, 27, 28];

/** The groupement as formed: its id, its coordinator and its member communes. */
export interface Groupement {
  consortiumId: string;
  coordinator: Coordinator;
  communes: Commune[];
}

/**
 * The regional platform forms a permanent groupement de commandes under a convention constitutive with adhesion
 * and exit clauses (L2113-6, L2113-7); each commune applies, records its council's délibération and signs the
 * convention (M2).
 */
export async function onboardGroupement(
  demo: Demo,
  coordinator: Coordinator,
  communes: Commune[],
): Promise<Groupement> {
  const { api, calendar } = demo;
  demo.chapter('1. Onboarding: a permanent groupement de commandes for cybersecurity services');
  await demo.moveTo('formation');
  const { consortiumId } = await api.post<{ consortiumId: string }>(
    'membership',
    '/consortia',
    {
      kind: 'permanent-groupement',
      name: `Groupement de commandes cybersécurité — ${coordinator.name} (${calendar.start})`,
      coordinator: { ...coordinator },
      convention: {
        reference: `CONV-CYBER-${calendar.start}`,
        signedOn: calendar.daysBefore(7),
        effectiveOn: calendar.start,
        adhesionClause: true,
        exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
        costSharing: { rule: 'flat', brackets: [] },
        cao: 'coordinator',
        entrustedOperations: ['award', 'signature', 'notification'],
      },
      coordinatorDeliberation: {
        number: `DEL-${calendar.daysBefore(35).slice(0, 4)}-001`,
        adoptedOn: calendar.daysBefore(35),
        body: coordinator.kind === 'epci' ? 'conseil communautaire' : 'conseil municipal',
      },
    },
    actors.platformAdmin(),
  );
  demo.say(`The regional platform forms the groupement ${consortiumId}.`);
  demo.say(
    `Coordinator: ${coordinator.name} (${coordinator.kind.toUpperCase()}, SIRET ${coordinator.siret}), ` +
      `authorised by délibération of ${calendar.daysBefore(35)}; convention constitutive in force on ` +
      `${calendar.start}, the coordinator's CAO acting for all (CGCT L1414-3).`,
  );
  if (coordinator.kind === 'epci') {
    demo.say(
      'The reference data gives the EPCI’s SIREN only: its SIRET is the head office’s, NIC 0001 and the Luhn key.',
    );
  }

  for (const [index, commune] of communes.entries()) {
    const buyer = actors.memberBuyer(consortiumId, commune.siret);
    const members = `/consortia/${consortiumId}/members/${commune.siret}`;
    const authority = {
      siret: commune.siret,
      name: commune.name,
      kind: 'commune',
      inseeCode: commune.inseeCode,
    };
    await api.post('membership', `/consortia/${consortiumId}/applications`, { authority }, buyer);
    const adoptedOn = calendar.daysBefore(COUNCIL_MEETINGS[index % COUNCIL_MEETINGS.length]!);
    const deliberation = {
      number: `DCM-${adoptedOn.slice(0, 4)}-${String(index + 1).padStart(3, '0')}`,
      adoptedOn,
      body: 'conseil municipal',
    };
    await api.post('membership', `${members}/deliberations`, deliberation, buyer);
    await api.post(
      'membership',
      `${members}/adhesion`,
      { acceptedOn: calendar.start },
      actors.coordinator(consortiumId),
    );
    demo.say(
      `${commune.name} (INSEE ${commune.inseeCode}, SIRET ${commune.siret}) applies, records délibération ` +
        `${deliberation.number} of ${deliberation.adoptedOn}, and signs the convention.`,
    );
  }
  const { members } = await api.get<{ members: unknown[] }>(
    'membership',
    `/consortia/${consortiumId}/members?on=${calendar.start}`,
    actors.auditor(consortiumId),
  );
  demo.say(
    `Members on ${calendar.start}: ${members.length} (the coordinator and ${communes.length} communes).`,
  );
  return { consortiumId, coordinator, communes };
}
