// Review events (tables), documents (blobs), Durable Functions state (queues, tables, blobs) and the deployment
// package. Shared keys and public blob access are off: the app's identity is the only way in. With private
// endpoints (main.bicep's usePrivateEndpoints) the account is also closed to the internet.
param name string
param location string
param tags object
param principalId string
param usePrivateEndpoints bool

@description('Days each version of a review document stays immutable after it is written.')
param evidenceRetentionDays int

@description('True once the Board has locked the retention policy: the template then leaves the policy alone.')
param evidenceRetentionLocked bool

var deploymentContainerName = 'app-package'
var documentsContainerName = 'review-documents'

// Least privilege for the one identity the app runs as. Contributor, not Owner, on blobs: the Functions host's
// leases, Durable Functions' large messages and leases, the deployment package and the review documents need only
// read, write and delete of data. Owner also carries the blobs/immutableStorage/runAsSuperUser data action, which
// sets and deletes a blob version's immutability policy: with it a compromised app could lift the WORM protection
// of evidence while the policy is unlocked. Durable Functions on Azure Storage needs queues (control and work-item
// queues) and tables (instances and history); the app's own events and index are tables too.
var roles = {
  blobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Every client uses its identity: the host through AzureWebJobsStorage__credential=managedidentity, the
    // deployment package through the identity named in functionAppConfig, and Flex Consumption has no content file
    // share (WEBSITE_CONTENTAZUREFILECONNECTIONSTRING), the one setting that would need a key on other plans.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    // Without private endpoints the account must stay reachable over its public endpoint: a Flex Consumption app has
    // no fixed outbound addresses to allow, and same-region traffic from App Service does not come from them anyway,
    // so defaultAction 'Deny' would lock the app out. Identity and RBAC are then the only gate.
    publicNetworkAccess: usePrivateEndpoints ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: usePrivateEndpoints ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: { enabled: true }
        file: { enabled: true }
        table: { enabled: true, keyType: 'Account' }
        queue: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
    // Version-level immutability on the documents container depends on versioning: each overwrite keeps the old
    // version, under the retention policy it had, instead of replacing it.
    isVersioningEnabled: true
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

// Referral originals, sent letters, quarantined attachments and evidence (BlobReviewDocumentStore): a statutory
// review's record of what was received and sent. Version-level WORM means no version can be deleted or changed
// until its retention ends; an overwrite only adds a version. It has to be enabled when the container is created (an
// existing container needs migrating first, see docs/AZURE.md).
resource documents 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: documentsContainerName
  properties: {
    publicAccess: 'None'
    immutableStorageWithVersioning: { enabled: true }
  }
}

// The default time-based retention every new version inherits. Deliberately left Unlocked: a locked policy can never
// be shortened or removed (only extended), and the storage account can then not be deleted while any version is
// under it, so the Board locks it itself after its information-governance sign-off (docs/AZURE.md). Azure only
// writes unlocked policies, so once it is locked the Board sets evidenceRetentionLocked and the template stops
// declaring it.
resource evidenceRetention 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = if (!evidenceRetentionLocked) {
  parent: documents
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: evidenceRetentionDays
    // Documents are written whole, once: no append may extend a protected version.
    allowProtectedAppendWrites: false
    allowProtectedAppendWritesAll: false
  }
}

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in items(roles): {
  name: guid(account.id, principalId, role.value)
  scope: account
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
  }
}]

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output deploymentContainerName string = deploymentContainerName
output documentsContainerName string = documentsContainerName
