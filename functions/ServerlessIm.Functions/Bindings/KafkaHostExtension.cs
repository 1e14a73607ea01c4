// The Functions host loads the Kafka extension named here. Only a deployment build carries it, because the
// package it pulls in is not served to every build of this project: build with
// -p:ServerlessImDeploymentBuild=true (see docs/events.md, "Deployment build").
#if SERVERLESSIM_DEPLOYMENT_BUILD
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

[assembly: ExtensionInformation("Microsoft.Azure.WebJobs.Extensions.Kafka", "4.3.2")]
#endif
