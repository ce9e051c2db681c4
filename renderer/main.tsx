import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider, createQueryClient } from './api/ApiProvider';
import { accountsFirstScreenQuery } from './api/queries';
import { getApiClient } from './api';
import { App } from './App';
import { ToastProvider } from './components/Toasts';
import { parseHash } from './routing/route';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const client = getApiClient();
const queryClient = createQueryClient();
// Ask for the portfolio's first screen while React is still mounting, not after.
if (parseHash(window.location.hash).name === 'portfolio') void queryClient.prefetchQuery(accountsFirstScreenQuery(client));

createRoot(root).render(
  <StrictMode>
    <ApiProvider client={client} queryClient={queryClient}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </ApiProvider>
  </StrictMode>,
);
