// ReviewFunctions in Azure: a Flex Consumption Function App (.NET 10 isolated) that reaches storage, Key Vault
// and Application Insights only through its own user-assigned identity. No keys or connection strings anywhere.
// Callers sign in with Microsoft Entra ID; by default storage and Key Vault are reachable only on private endpoints.
targetScope = 'resourceGroup'

@description('Short name used in every resource name (lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param appName string

@description('Azure region. UK South keeps the data in the UK.')
param location string = resourceGroup().location

@description('production sends real e-mail; anything else runs SendGrid in sandbox mode.')
@allowed(['production', 'test'])
param environmentName string = 'test'

@description('Microsoft Graph site id of the SharePoint site that holds review case files (granted to the app with Sites.Selected).')
param caseFileSiteId string

@description('The retention label, published as a record label by the organisation, that locks case-file records.')
param caseFileRetentionLabel string = 'Case review record'

@description('The intake shared mailbox the referral forms are sent to.')
param intakeMailbox string

@description('Sender address for notices (a verified SendGrid sender).')
param noticeSender string

@description('The Board\'s notice settings as JSON (name, mailbox, administrator, directory, agencies): see docs/NOTICES.md.')
param boardSettings string

@description('The nation whose working days and procedures the Board follows.')
@allowed(['england', 'wales', 'scotland', 'northern-ireland', 'jersey'])
param boardNation string = 'england'

@description('Review reference prefix, e.g. CR gives CR-2027-0001.')
param referencePrefix string = 'CR'

@description('Days Log Analytics keeps logs.')
@minValue(30)
param logRetentionDays int = 90

@description('Client id (a GUID) of the Entra app registration people and the intake automation sign in to: docs/AZURE.md, "Sign-in: the app registration".')
@minLength(36)
@maxLength(36)
param authClientId string

@description('Put storage and Key Vault behind private endpoints in a virtual network and switch their public access off.')
param usePrivateEndpoints bool = true

@description('Days every version of a review document stays immutable (WORM) after it is written. No default: the Board\'s retention schedule decides.')
@minValue(1)
@maxValue(146000)
param evidenceRetentionDays int

@description('Set to true once the Board has locked the documents\' retention policy; a locked policy can no longer be written by a deployment.')
param evidenceRetentionLocked bool = false

var suffix = uniqueString(resourceGroup().id, appName)
var tags = { application: 'ReviewFunctions', environment: environmentName }

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: 'id-${appName}-${suffix}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${appName}-${suffix}'
    insightsName: 'appi-${appName}-${suffix}'
    location: location
    tags: tags
    retentionDays: logRetentionDays
    principalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${appName}${suffix}', 24)
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    usePrivateEndpoints: usePrivateEndpoints
    evidenceRetentionDays: evidenceRetentionDays
    evidenceRetentionLocked: evidenceRetentionLocked
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-${appName}-${suffix}', 24)
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    usePrivateEndpoints: usePrivateEndpoints
  }
}

module network 'modules/network.bicep' = if (usePrivateEndpoints) {
  name: 'network'
  params: {
    name: 'vnet-${appName}-${suffix}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
    keyVaultId: keyVault.outputs.id
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'func-${appName}-${suffix}'
    planName: 'plan-${appName}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    insightsConnectionString: monitoring.outputs.connectionString
    sendGridKeySecretUri: keyVault.outputs.sendGridKeySecretUri
    keyVaultName: keyVault.outputs.name
    intakeDuplicateKeySecretName: keyVault.outputs.intakeDuplicateKeySecretName
    authClientId: authClientId
    // Taking the subnet from the network module also makes the app wait for the private endpoints and their DNS,
    // so it never starts against storage it cannot reach.
    subnetId: usePrivateEndpoints ? network!.outputs.appSubnetId : ''
    environmentName: environmentName
    caseFileSiteId: caseFileSiteId
    caseFileRetentionLabel: caseFileRetentionLabel
    intakeMailbox: intakeMailbox
    noticeSender: noticeSender
    referencePrefix: referencePrefix
    boardSettings: boardSettings
    boardNation: boardNation
  }
}

output functionAppName string = functionApp.outputs.name
output identityClientId string = identity.outputs.clientId
output identityPrincipalId string = identity.outputs.principalId
output keyVaultName string = keyVault.outputs.name
