/**
 * Full screen for the viewer: the Fullscreen API on the viewer's element when the browser allows it,
 * else (API missing or refused) a maximised dialog. Leaving the viewer leaves full screen.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Whether the viewer fills the screen, and how (`maximised` is the fallback). */
export interface FullscreenControls {
  isFullscreen: boolean;
  /** True when the fallback is in use: the dialog should be rendered full-screen itself. */
  maximised: boolean;
  toggle(): void;
  exit(): void;
}

/** Full screen of the element in `ref`. */
export function useFullscreen(ref: RefObject<HTMLElement | null>): FullscreenControls {
  const [native, setNative] = useState(false);
  const [maximised, setMaximised] = useState(false);

  useEffect(() => {
    const onChange = () => setNative(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [ref]);

  const exit = useCallback(() => {
    setMaximised(false);
    if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => undefined);
  }, []);

  const toggle = useCallback(() => {
    if (native || maximised) {
      exit();
      return;
    }
    const element = ref.current;
    if (element && document.fullscreenEnabled && typeof element.requestFullscreen === 'function') {
      element.requestFullscreen().catch(() => setMaximised(true));
    } else {
      setMaximised(true);
    }
  }, [native, maximised, exit, ref]);

  return { isFullscreen: native || maximised, maximised, toggle, exit };
}
