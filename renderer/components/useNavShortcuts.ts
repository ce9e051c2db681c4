import { useEffect } from 'react';
import { navigate } from '../routing/useRoute';
import { isEditableTarget } from './keyboard';
import { stepChord, type ChordState } from './navShortcuts';

/** G then a letter goes to a screen, from anywhere outside a text field. */
export function useNavShortcuts(): void {
  useEffect(() => {
    let state: ChordState = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditableTarget(event.target)) {
        state = null;
        return;
      }
      const step = stepChord(state, event, event.timeStamp);
      state = step.state;
      if (step.handled) event.preventDefault();
      if (step.route) navigate(step.route);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
