import { useTranslation } from 'react-i18next';
import type { LrsProblem } from '../../lrs/lrs-problem.ts';

/** An LRS problem in plain words, with the HTTP status when there was one (never the LRS's own answer). */
export function ProblemText({ problem }: { problem: LrsProblem }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`sync.problem.${problem.kind}`)}
      {problem.status !== null && problem.status !== 409 ? ` ${t('sync.httpStatus', { status: problem.status })}` : ''}
    </>
  );
}
