/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real claims API; when absent the app runs on the mocked backend. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
