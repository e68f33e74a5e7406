import {
  ZApiKey,
  ZApiKeyCreated,
  ZDepartment,
  ZInvitation,
  ZInvitationCreated,
  ZInvitationPreview,
  ZJob,
  ZMe,
  ZMember,
  ZSetupStatus,
  ZWorkspace,
  zPage,
  type KeyScope,
  type KeyType,
  type Locale,
  type Me,
  type MemberQuery,
  type Role,
  type SetupInput,
} from '@footprint/core';
import { ApiError, apiGet, apiSend, apiSendVoid, itemsOf, query } from '../../lib/api';

export type InvitationPreview = ReturnType<(typeof ZInvitationPreview)['parse']>;
export type InvitationCreated = ReturnType<(typeof ZInvitationCreated)['parse']>;
export type ApiKeyCreated = ReturnType<(typeof ZApiKeyCreated)['parse']>;
export type InviteRole = Exclude<Role, 'owner'>;

const ZMemberPage = zPage(ZMember);
const v1 = '/api/v1';

export const getSetupStatus = () => apiGet(`${v1}/setup`, ZSetupStatus);
export const setup = (input: SetupInput) => apiSend('POST', `${v1}/setup`, input, ZMe);

/** The signed-in person, or null when signed out. */
export async function getMe(): Promise<Me | null> {
  try {
    return await apiGet(`${v1}/me`, ZMe);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}
export const login = (body: { email: string; password: string }) => apiSend('POST', `${v1}/auth/login`, body, ZMe);
export const logout = () => apiSendVoid('POST', `${v1}/auth/logout`);
export const requestPasswordReset = (email: string) => apiSendVoid('POST', `${v1}/auth/password-reset`, { email });
export const confirmPasswordReset = (token: string, password: string) =>
  apiSendVoid('POST', `${v1}/auth/password-reset/confirm`, { token, password });

export const getInvitationPreview = (token: string) =>
  apiGet(`${v1}/invitations/token/${encodeURIComponent(token)}`, ZInvitationPreview);
export const acceptInvitation = (token: string, body: { name?: string; password?: string }) =>
  apiSend('POST', `${v1}/invitations/token/${encodeURIComponent(token)}/accept`, body, ZMe);

export const patchMe = (body: { name?: string; locale?: Locale }) => apiSend('PATCH', `${v1}/me`, body, ZMe);
export const switchWorkspace = (workspaceId: string) => apiSend('POST', `${v1}/me/workspace`, { workspaceId }, ZMe);
export const createWorkspace = (body: { name: string; timeZone: string; locale: Locale }) =>
  apiSend('POST', `${v1}/workspaces`, body, ZMe);

export const getWorkspace = () => apiGet(`${v1}/workspace`, ZWorkspace);
export const patchWorkspace = (body: { name?: string; timeZone?: string; locale?: Locale }) =>
  apiSend('PATCH', `${v1}/workspace`, body, ZWorkspace);

export const listMembers = (q: MemberQuery) => apiGet(`${v1}/members${query({ ...q })}`, ZMemberPage);
export const patchMember = (userId: string, body: { role?: Role; departmentId?: string | null }) =>
  apiSend('PATCH', `${v1}/members/${userId}`, body, ZMember);
export const removeMember = (userId: string) => apiSendVoid('DELETE', `${v1}/members/${userId}`);

export const listInvitations = () => apiGet(`${v1}/invitations`, itemsOf(ZInvitation));
export const createInvitation = (body: { email: string; role: InviteRole; departmentId?: string | null }) =>
  apiSend('POST', `${v1}/invitations`, body, ZInvitationCreated);
export const revokeInvitation = (id: string) => apiSendVoid('DELETE', `${v1}/invitations/${id}`);

export const listDepartments = () => apiGet(`${v1}/departments`, itemsOf(ZDepartment));
export const createDepartment = (body: { nameVi: string; nameEn: string }) =>
  apiSend('POST', `${v1}/departments`, body, ZDepartment);
export const patchDepartment = (id: string, body: { nameVi?: string; nameEn?: string }) =>
  apiSend('PATCH', `${v1}/departments/${id}`, body, ZDepartment);
export const deleteDepartment = (id: string) => apiSendVoid('DELETE', `${v1}/departments/${id}`);

export const listKeys = () => apiGet(`${v1}/keys`, itemsOf(ZApiKey));
export const createKey = (body: { name: string; type: KeyType; scope?: KeyScope }) =>
  apiSend('POST', `${v1}/keys`, body, ZApiKeyCreated);
export const revokeKey = (id: string) => apiSendVoid('DELETE', `${v1}/keys/${id}`);

export const loadDemo = (customers: number) => apiSend('POST', `${v1}/demo`, { customers }, ZJob);
export const getJob = (id: string) => apiGet(`${v1}/jobs/${id}`, ZJob);
