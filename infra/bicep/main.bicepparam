using 'main.bicep'

// An example: copy this file per environment and fill in your own values.
param appName = 'reviews'
param location = 'uksouth'
param environmentName = 'test'
param caseFileSiteId = 'contoso.sharepoint.com,00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000'
param intakeMailbox = 'case-review-referrals@contoso.example'
param noticeSender = 'case-reviews@contoso.example'
param referencePrefix = 'CR'
param boardNation = 'england'
param boardSettings = '{"board":{"name":"Contoso Safeguarding Children Partnership","email":"case-reviews@contoso.example","administratorEmail":"reviews-admin@contoso.example"},"partnershipDomains":["contoso.example"]}'

// REPLACE before deploying: the client id of the app registration created as docs/AZURE.md describes ("Sign-in:
// the app registration"). The zero GUID below is a placeholder and signs nobody in.
param authClientId = '00000000-0000-0000-0000-000000000000'

// Storage and Key Vault answer only on private endpoints. Keep this true for any environment that holds real data.
param usePrivateEndpoints = true

// 35 years, as review records are kept (docs/CASEFILES.md, 001 §1.18), unless the Board's retention schedule says
// otherwise. The policy stays unlocked until the Board's information-governance sign-off (docs/AZURE.md).
param evidenceRetentionDays = 12784
