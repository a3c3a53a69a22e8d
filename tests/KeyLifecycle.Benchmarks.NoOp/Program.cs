using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// POST / with an AWS JSON 1.1 body: parse it, as any endpoint must, and answer as the emulator would, with no work between.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

byte[] empty = "{}"u8.ToArray();
byte[] describe = """{"KeyMetadata":{"AWSAccountId":"111122223333","Arn":"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab","CreationDate":1.7E9,"Enabled":true,"KeyId":"1234abcd-12ab-34cd-56ef-1234567890ab","KeyManager":"CUSTOMER","KeySpec":"SYMMETRIC_DEFAULT","KeyState":"Enabled","KeyUsage":"ENCRYPT_DECRYPT","MultiRegion":false,"Origin":"AWS_KMS"}}"""u8.ToArray();

app.MapPost("/", async (HttpContext context) =>
{
    using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    _ = body.RootElement.GetProperty("KeyId").GetString();
    var answer = context.Request.Headers["X-Amz-Target"].ToString().EndsWith(".DescribeKey", System.StringComparison.Ordinal) ? describe : empty;
    context.Response.ContentType = "application/x-amz-json-1.1";
    await context.Response.Body.WriteAsync(answer, context.RequestAborted);
});

app.Run();
