import type { AccountHealthDetail } from '../../../shared/api';
import { ErrorView, InlineError } from '../../components/ErrorView';
import { BandChip } from './BandChip';
import { useToast } from '../../components/Toasts';
import { HealthExplanation } from './HealthExplanation';
import { describeTrend, overrideValueText, pulseInForce, signedPoints, TREND_SYMBOLS } from './healthModel';
import { useAccountHealth, useHealthChange } from './healthQueries';
import { HealthSparkline } from './HealthSparkline';
import { OverrideForm, restoreOverride } from './OverrideForm';
import { PulseForm } from './PulseForm';
import './health.css';

/** The account's health: score and band (or the override in force), trend, the measures behind it, and the CSM's inputs. */
export function HealthPanel({ accountId }: { accountId: number }) {
  const health = useAccountHealth(accountId);
  return (
    <section className="panel health-panel" aria-label="Health" data-testid="health-panel">
      <h3>Health</h3>
      {health.isPending && <p className="muted">Loading health…</p>}
      {health.isError && <ErrorView error={health.error} title="Could not load the health score" />}
      {health.data && <HealthBody detail={health.data} />}
    </section>
  );
}

function HealthBody({ detail }: { detail: AccountHealthDetail }) {
  const { health, effective, trend, bands } = detail;
  const today = health.asOf;
  const topBand = bands.length > 0 && bands[bands.length - 1]!.id === health.band;
  return (
    <>
      <div className="health-summary">
        {/* A band-only override has no score of its own: the computed one is shown beside it, not here. */}
        {!(effective.overridden && effective.override?.score === null) && (
          <span className="health-score" data-testid="health-score">
            {effective.score ?? '—'}
          </span>
        )}
        <BandChip band={effective.band} label={effective.bandLabel} />
        {effective.overridden && <span className="chip chip-override">override</span>}
        <span className={`trend trend-${trend.arrow ?? 'none'}`} title={describeTrend(trend)} data-testid="health-trend">
          {trend.arrow ? `${TREND_SYMBOLS[trend.arrow]} ${signedPoints(trend.change ?? 0)}` : '—'}
        </span>
        <HealthSparkline trend={trend} />
      </div>
      <p className="muted small">
        {describeTrend(trend)} · scorecard {health.scorecardId} v{health.scorecardVersion} · as of {health.asOf}
      </p>
      {health.notScoredReason && (
        <p className="health-note" data-testid="not-scored">
          Not scored: {health.notScoredReason}. An account without enough data is shown as not scored, never as red.
        </p>
      )}
      {effective.overridden && effective.override ? (
        <OverrideInForce detail={detail} />
      ) : (
        effective.expired && (
          <p className="muted small">
            An override ({overrideValueText(effective.expired.override, bands)}) fell away on {effective.expired.on}.
          </p>
        )
      )}
      <HealthExplanation health={health} topBand={topBand} />
      <details className="health-inputs">
        <summary>CSM pulse</summary>
        <PulseForm accountId={detail.accountId} today={today} current={pulseInForce(detail.history, today)} />
      </details>
      <details className="health-inputs">
        <summary>Override the health score</summary>
        <OverrideForm accountId={detail.accountId} today={today} bands={bands} current={effective.override} />
      </details>
    </>
  );
}

function OverrideInForce({ detail }: { detail: AccountHealthDetail }) {
  const { effective, bands } = detail;
  const override = effective.override!;
  const change = useHealthChange();
  const toast = useToast();
  const computed = effective.computed;
  return (
    <div className="health-override" data-testid="override-in-force">
      <div>
        <strong>Overridden to {overrideValueText(override, bands)}</strong> until {override.expiresOn} — computed{' '}
        {computed.score ?? 'not scored'}
        {computed.score !== null && (
          <>
            , <BandChip band={computed.band} label={computed.bandLabel} />
          </>
        )}
      </div>
      <div className="small">Reason: {override.reason}</div>
      <div className="form-actions">
        <button
          type="button"
          disabled={change.isPending}
          onClick={() =>
            // mutateAsync, not mutate's onSuccess: this box unmounts as soon as the override is gone.
            change
              .mutateAsync(restoreOverride(detail.accountId, null))
              .then(() => toast.show({ message: 'Override cleared', undo: () => change.mutateAsync(restoreOverride(detail.accountId, override)) }))
              .catch(() => undefined) // shown by InlineError below
          }
        >
          Clear override
        </button>
        <InlineError error={change.error} />
      </div>
    </div>
  );
}
