// The Function App on Flex Consumption (Linux, .NET 10 isolated). Storage, telemetry and Key Vault are reached with
// the user-assigned identity; HTTPS only, TLS 1.2, FTP off.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param blobEndpoint string
param deploymentContainerName string
param insightsConnectionString string
param sendGridKeySecretUri string
param environmentName string
param caseFileSiteId string
param caseFileRetentionLabel string
param intakeMailbox string
param noticeSender string
param referencePrefix string
param boardSettings string
param boardNation string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        { name: 'SendGrid__ApiKey', value: '@Microsoft.KeyVault(SecretUri=${sendGridKeySecretUri})' }
        { name: 'SendGrid__SandboxMode', value: environmentName == 'production' ? 'false' : 'true' }
        { name: 'SendGrid__From', value: noticeSender }
        { name: 'CaseFiles__SiteId', value: caseFileSiteId }
        { name: 'CaseFiles__RetentionLabel', value: caseFileRetentionLabel }
        { name: 'CaseFiles__ApplicationId', value: identityClientId }
        { name: 'Intake__Mailbox', value: intakeMailbox }
        { name: 'Reviews__ReferencePrefix', value: referencePrefix }
        { name: 'Notices__Settings', value: boardSettings }
        { name: 'Board__Nation', value: boardNation }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

output name string = app.name
