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
param boardSettings = '{"board":{"name":"Contoso Safeguarding Children Partnership","email":"case-reviews@contoso.example","administratorEmail":"reviews-admin@contoso.example"}}'
