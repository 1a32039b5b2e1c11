export * from './authority/certificate-authority';
export * from './authority/cluster-authority.repository';
export * from './authority/create-authority';
export * from './authority/load-certificate-authority';
export * from './server/server-certificate';
export * from './server/subject-alt-names';
export * from './certificates.module';
