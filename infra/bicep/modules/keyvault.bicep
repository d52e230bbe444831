// Holds the SendGrid API key and the intake duplicate key. RBAC only (no access policies), purge-protected; the app
// may read secrets, nothing more. An administrator sets each secret's value once, after deployment (docs/AZURE.md).
// With private endpoints (main.bicep's usePrivateEndpoints) the vault answers only inside the virtual network.
param name string
param location string
param tags object
param principalId string
param usePrivateEndpoints bool

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

// The secret the intake duplicate key is an HMAC with, so a stored key cannot be matched against guessed details of
// a child without it. It must not change once referrals have been received (docs/AZURE.md).
var intakeDuplicateKeySecretName = 'intake-duplicate-key'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    // Without private endpoints the vault keeps its public endpoint, as storage does: the app's outbound addresses
    // are not fixed, so a firewall would shut it out. RBAC is then the only gate.
    publicNetworkAccess: usePrivateEndpoints ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: usePrivateEndpoints ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

output id string = vault.id
output name string = vault.name
output sendGridKeySecretUri string = '${vault.properties.vaultUri}secrets/sendgrid-api-key'
output intakeDuplicateKeySecretName string = intakeDuplicateKeySecretName
