/**
 * The viewer's view of a document: zoom, rotation and pan, with the steps the toolbar and keyboard
 * take. Pan is a percentage of the stage, clamped so the zoomed document cannot leave it, and only
 * possible while zoomed in.
 */
import { useCallback, useMemo, useState } from 'react';

/** Zoom factors the viewer steps through (1 = fit). */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4] as const;
const MIN_ZOOM = Math.min(...ZOOM_STEPS);
const MAX_ZOOM = Math.max(...ZOOM_STEPS);
/** One arrow key press pans by this share of the stage, percent. */
export const PAN_STEP_PERCENT = 10;

/** Zoom factor, rotation in degrees (0, 90, 180, 270) and pan in percent of the stage. */
export interface ViewerTransform {
  zoom: number;
  rotation: number;
  panX: number;
  panY: number;
}

const INITIAL: ViewerTransform = { zoom: 1, rotation: 0, panX: 0, panY: 0 };

/** The largest pan at `zoom`, percent of the stage each way. */
function panLimit(zoom: number): number {
  return zoom > 1 ? ((zoom - 1) / 2) * 100 : 0;
}

function clampPan(value: number, zoom: number): number {
  const limit = panLimit(zoom);
  return Math.min(limit, Math.max(-limit, value));
}

/** The CSS transform of the document inside its stage. */
export function transformCss({ zoom, rotation, panX, panY }: ViewerTransform): string {
  return `translate(${panX}%, ${panY}%) rotate(${rotation}deg) scale(${zoom})`;
}

/** The transform state and its steps. */
export interface ViewerTransformControls {
  transform: ViewerTransform;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** True when zoomed in beyond fit: arrow keys and dragging pan. */
  canPan: boolean;
  zoomIn(): void;
  zoomOut(): void;
  rotate(): void;
  reset(): void;
  /** Pans by percentages of the stage (positive: the document moves right / down). */
  panBy(dx: number, dy: number): void;
}

/** The viewer transform, starting at fit, unrotated. */
export function useViewerTransform(): ViewerTransformControls {
  const [transform, setTransform] = useState<ViewerTransform>(INITIAL);
  const zoomTo = useCallback((direction: 1 | -1) => {
    setTransform((current) => {
      const index = ZOOM_STEPS.findIndex((step) => step >= current.zoom);
      const at = index === -1 ? ZOOM_STEPS.length - 1 : index;
      const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + direction))] ?? current.zoom;
      return { ...current, zoom: next, panX: clampPan(current.panX, next), panY: clampPan(current.panY, next) };
    });
  }, []);
  const zoomIn = useCallback(() => zoomTo(1), [zoomTo]);
  const zoomOut = useCallback(() => zoomTo(-1), [zoomTo]);
  const rotate = useCallback(() => setTransform((current) => ({ ...current, rotation: (current.rotation + 90) % 360 })), []);
  const reset = useCallback(() => setTransform(INITIAL), []);
  const panBy = useCallback(
    (dx: number, dy: number) =>
      setTransform((current) => ({ ...current, panX: clampPan(current.panX + dx, current.zoom), panY: clampPan(current.panY + dy, current.zoom) })),
    [],
  );
  return useMemo(
    () => ({
      transform,
      canZoomIn: transform.zoom < MAX_ZOOM,
      canZoomOut: transform.zoom > MIN_ZOOM,
      canPan: transform.zoom > 1,
      zoomIn,
      zoomOut,
      rotate,
      reset,
      panBy,
    }),
    [transform, zoomIn, zoomOut, rotate, reset, panBy],
  );
}

/**
 * What a key does in the viewer, or null when the viewer leaves it alone: ←/→ previous/next document
 * (pan while zoomed in, like ↑/↓), PageUp/PageDown always previous/next, +/− zoom, R rotate, 0 reset,
 * F full screen. Escape is the dialog's own (close).
 */
export type ViewerKeyAction = 'previous' | 'next' | 'zoomIn' | 'zoomOut' | 'rotate' | 'reset' | 'fullscreen' | 'panLeft' | 'panRight' | 'panUp' | 'panDown';

/** The action of `key` (a KeyboardEvent `key`) given whether the document is zoomed in. */
export function viewerKeyAction(key: string, zoomedIn: boolean): ViewerKeyAction | null {
  switch (key) {
    case 'ArrowLeft':
      return zoomedIn ? 'panLeft' : 'previous';
    case 'ArrowRight':
      return zoomedIn ? 'panRight' : 'next';
    case 'ArrowUp':
      return zoomedIn ? 'panUp' : null;
    case 'ArrowDown':
      return zoomedIn ? 'panDown' : null;
    case 'PageUp':
      return 'previous';
    case 'PageDown':
      return 'next';
    case '+':
    case '=':
    case ';':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case 'r':
    case 'R':
      return 'rotate';
    case '0':
      return 'reset';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}
