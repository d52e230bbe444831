// The private network. Storage (blob, table, queue) and Key Vault answer only on private endpoints in this virtual
// network, with their public endpoints switched off, so review documents, events and the intake secret cannot be
// reached from the internet even by someone holding a valid token. The function app joins the network through VNet
// integration, which Flex Consumption (FC1, the plan in functionapp.bicep) supports and the old Consumption plan (Y1)
// does not.
// Deployed only when main.bicep's usePrivateEndpoints is true.
param name string
param location string
param tags object
param storageAccountId string
param keyVaultId string

@description('Address space of the virtual network; the app\'s subnet takes the first /24, the private endpoints a /26 after it.')
param addressPrefix string = '10.20.0.0/22'

// Flex Consumption gives each running instance an address in its subnet: a /24 leaves room for the plan's 40
// instances and for a scale-up of the maximum without renumbering.
var appSubnetPrefix = cidrSubnet(addressPrefix, 24, 0)
var endpointSubnetPrefix = cidrSubnet(addressPrefix, 26, 4)

// Clients resolve the services' usual host names; these zones turn them into the private endpoints' addresses
// inside the network. Key Vault's zone name is fixed for the public cloud (environment() has no suffix for it).
var endpoints = [
  { name: 'blob', target: storageAccountId, groupId: 'blob', zone: 'privatelink.blob.${environment().suffixes.storage}' }
  { name: 'table', target: storageAccountId, groupId: 'table', zone: 'privatelink.table.${environment().suffixes.storage}' }
  { name: 'queue', target: storageAccountId, groupId: 'queue', zone: 'privatelink.queue.${environment().suffixes.storage}' }
  { name: 'vault', target: keyVaultId, groupId: 'vault', zone: 'privatelink.vaultcore.azure.net' }
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: [addressPrefix] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          // Flex Consumption integrates through a subnet delegated to Microsoft.App/environments; Elastic Premium
          // and dedicated plans would use Microsoft.Web/serverFarms instead.
          delegations: [{ name: 'flex-consumption', properties: { serviceName: 'Microsoft.App/environments' } }]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: endpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [for endpoint in endpoints: {
  name: endpoint.zone
  location: 'global'
  tags: tags
}]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [for (endpoint, i) in endpoints: {
  parent: zones[i]
  name: '${name}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnet.id }
  }
}]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for endpoint in endpoints: {
  name: 'pe-${name}-${endpoint.name}'
  location: location
  tags: tags
  properties: {
    subnet: { id: vnet.properties.subnets[1].id }
    privateLinkServiceConnections: [
      {
        name: endpoint.name
        properties: {
          privateLinkServiceId: endpoint.target
          groupIds: [endpoint.groupId]
        }
      }
    ]
  }
}]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [for (endpoint, i) in endpoints: {
  parent: privateEndpoints[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [{ name: endpoint.name, properties: { privateDnsZoneId: zones[i].id } }]
  }
}]

output appSubnetId string = vnet.properties.subnets[0].id
