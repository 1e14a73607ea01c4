namespace ServerlessIm.IntegrationTests.Emulators.Cosmos;

internal sealed record TestItem(string Id, string Pk, int N, bool Flag);
