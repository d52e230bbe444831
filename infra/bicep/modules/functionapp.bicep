// The Function App on Flex Consumption (Linux, .NET 10 isolated). Storage, telemetry and Key Vault are reached with
// the user-assigned identity; HTTPS only, TLS 1.2, FTP off, no basic publishing credentials, and every request but
// the health probe must carry a Microsoft Entra sign-in (App Service Authentication).
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
param keyVaultName string
param intakeDuplicateKeySecretName string

@description('Client id of the Entra app registration whose tokens the app accepts.')
param authClientId string

@description('Subnet for VNet integration, or empty for none (no private endpoints).')
param subnetId string

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
    // Outbound through the private network when there is one, so storage and Key Vault (references included) are
    // reached on their private endpoints.
    virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
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
        // By name without a version, so the platform reads the current version (it refreshes references about daily).
        {
          name: 'Intake__DuplicateKeySecret'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${intakeDuplicateKeySecretName})'
        }
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

// Publishing with a user name and password (FTP, or the deployment endpoint's basic auth) would bypass Entra ID and
// its conditional access: deployments must sign in (az functionapp deployment ... with an Entra login).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

// App Service Authentication (Easy Auth): the platform checks the Entra token before a request reaches the app, and
// passes the signed-in person or application to it in the X-MS-CLIENT-PRINCIPAL header, which it strips from
// incoming requests so a caller cannot forge it. The app then decides what the principal's app roles allow.
resource authentication 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      // 401, not a redirect to the sign-in page: the callers are API clients (scripts, the intake automation with
      // app-only tokens, the dashboard's own requests) that must see a plain refusal rather than an HTML login page
      // they cannot follow. A browser signs in by going to /.auth/login/aad.
      unauthenticatedClientAction: 'Return401'
      // Only the health probe, which returns no case data, is open: the platform and monitoring call it without a
      // token. Every other path, including the Durable Functions webhooks, needs a sign-in.
      excludedPaths: ['/api/health']
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: { convention: 'NoProxy' }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: authClientId
          // https://login.microsoftonline.com/<tenant>/v2.0 in the public cloud.
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          // v2 access tokens carry the client id as audience, v1 tokens the application ID URI; accept both.
          allowedAudiences: ['api://${authClientId}', authClientId]
        }
      }
    }
    // The app needs only who is calling, not the caller's tokens for other services.
    login: { tokenStore: { enabled: false } }
  }
}

output name string = app.name
