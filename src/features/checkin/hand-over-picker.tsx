// The facilitator hands the round to someone else in the meeting: pick a person, then confirm.
import { Button, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { PersonArrowRight20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { Candidate } from './facilitators';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  field: { flex: '1 1 180px', minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
});

/** `candidates` leaves out the facilitator themself. */
export type HandOverPickerProps = { candidates: Candidate[]; isBusy: boolean; onHandOver: (userId: string) => void };

export const HandOverPicker = ({ candidates, isBusy, onHandOver }: HandOverPickerProps) => {
  const t = useT();
  const styles = useStyles();
  const [chosen, setChosen] = useState<string | null>(null);
  const person = chosen === null ? undefined : candidates.find((candidate) => candidate.userId === chosen);
  return (
    <div className={styles.root}>
      <Field label={t('checkin.handOver.label')} hint={t('checkin.handOver.hint')} className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          placeholder={t('checkin.handOver.placeholder')}
          value={person?.name ?? ''}
          selectedOptions={chosen ? [chosen] : []}
          onOptionSelect={(_, data) => setChosen(data.optionValue ?? null)}
          data-testid="hand-over-picker"
        >
          {candidates.map((candidate) => (
            <Option key={candidate.key} value={candidate.userId ?? candidate.key} text={candidate.name} disabled={candidate.userId === null}>
              {candidate.userId === null ? t('checkin.handOver.unknown', { name: candidate.name }) : candidate.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button icon={<PersonArrowRight20Regular />} disabledFocusable={!person?.userId || isBusy} onClick={() => person?.userId && onHandOver(person.userId)}>
        {t('checkin.handOver.confirm')}
      </Button>
    </div>
  );
};
