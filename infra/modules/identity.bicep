// The function app's user-assigned identity. It exists before the app, so every role assignment and
// Key Vault secret is in place when the app first starts and resolves its settings.

param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
