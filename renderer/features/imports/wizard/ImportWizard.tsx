import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useApi } from '../../../api/ApiProvider';
import { useWorkspaceInfo } from '../../../api/queries';
import '../imports.css';
import './wizard.css';
import { DoneStep } from './DoneStep';
import { FilesStep } from './FilesStep';
import { MapStep } from './MapStep';
import { PreviewStep } from './PreviewStep';
import { wizardSession } from './wizardSession';
import type { Step } from './wizardState';

const STEPS: readonly { step: Step; label: string }[] = [
  { step: 'files', label: 'Files' },
  { step: 'map', label: 'Map columns' },
  { step: 'preview', label: 'Preview' },
  { step: 'done', label: 'Import' },
];

/** Files -> mapping -> preview -> commit with progress -> result. */
export function ImportWizard() {
  const api = useApi();
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(wizardSession.subscribe, wizardSession.getState);
  const workspacePath = useWorkspaceInfo().data?.path;
  useEffect(() => wizardSession.bindWorkspace(workspacePath), [workspacePath]);
  useEffect(() => wizardSession.attach(api), [api]);

  // A new step takes the keyboard to its heading, so Tab continues from there.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [state.step]);

  const current = STEPS.findIndex((s) => s.step === state.step);
  return (
    <div className="screen import-screen wizard" data-testid="import-wizard" data-step={state.step}>
      <div className="page-header">
        <h2>Import files</h2>
        <ol className="stepper" aria-label="Steps">
          {STEPS.map((s, index) => (
            <li
              key={s.step}
              className={index < current ? 'done' : index === current ? 'current' : undefined}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="step-number">{index + 1}</span> {s.label}
            </li>
          ))}
        </ol>
        <span className="toolbar-spacer" />
        <a className="button-link" href="#/imports">
          Import history
        </a>
      </div>
      {state.step === 'files' && (
        <FilesStep
          state={state}
          headingRef={heading}
          onAdd={(files) => void wizardSession.addFiles(api, files)}
          onRemove={(key) => wizardSession.removeFile(key)}
          onContinue={() => wizardSession.go('map')}
        />
      )}
      {(state.step === 'map' || (state.step === 'preview' && !state.preview)) && (
        <MapStep state={state} headingRef={heading} onPreview={() => void wizardSession.preview(api)} onCancel={() => void wizardSession.cancel(api)} />
      )}
      {state.step === 'preview' && state.preview && (
        <PreviewStep
          state={state}
          preview={state.preview}
          headingRef={heading}
          onCommit={() => void wizardSession.commit(api, queryClient)}
          onCancel={() => void wizardSession.cancel(api)}
        />
      )}
      {state.step === 'done' && state.result && (
        <DoneStep result={state.result} headingRef={heading} onRestart={() => wizardSession.reset()} />
      )}
    </div>
  );
}
