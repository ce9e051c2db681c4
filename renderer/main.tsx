import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { getApiClient } from './api';
import { App } from './App';
import { ToastProvider } from './components/Toasts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const client = getApiClient();

createRoot(root).render(
  <StrictMode>
    <ApiProvider client={client}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </ApiProvider>
  </StrictMode>,
);
