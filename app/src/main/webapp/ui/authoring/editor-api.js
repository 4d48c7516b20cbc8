// Requests of the editor: the article with its ETag, its workflow history, templates, the space's
// categories, create, save with If-Match, delete, and the versions a merge compares.
import { api } from '../core/api.js';
import { history } from './workflow.js';

/** GET /articles/{id}: {data, etag}. */
export function getArticle(id) {
  return api.get(`/articles/${id}`);
}

/** The workflow events of the article, or `fallback` when they cannot be read. */
export function getEvents(id, fallback) {
  return history(id).catch(() => fallback);
}

export async function getTemplates() {
  return (await api.get('/templates')).data || [];
}

export async function getCategories(spaceKey) {
  const { data } = await api.get(`/spaces/${encodeURIComponent(spaceKey)}/categories`);
  return data;
}

export async function createArticle(body) {
  const { data } = await api.post('/articles', body);
  return data;
}

/** PUT /articles/{id} with If-Match: {data, etag}; a 412 means someone saved first. */
export function updateArticle(id, body, etag) {
  return api.put(`/articles/${id}`, body, { ifMatch: etag });
}

export function deleteArticle(id) {
  return api.del(`/articles/${id}`);
}

export async function getVersion(id, number) {
  const { data } = await api.get(`/articles/${id}/versions/${number}`);
  return data;
}

/** The diff between two versions, or null when it cannot be read. */
export function compareVersions(id, from, to) {
  return api.get(`/articles/${id}/versions/compare`, { from, to }).then((r) => r.data).catch(() => null);
}

/** The version list, or [] when it cannot be read. */
export function listVersions(id) {
  return api.get(`/articles/${id}/versions`).then((r) => r.data).catch(() => []);
}
