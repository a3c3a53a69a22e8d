using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>Runs scenarios against an implementation and, step by step, against the reference: <see cref="KeyResolver"/> and <see cref="KeyTransitions"/>.</summary>
/// <remarks>
/// A scenario stops at the first difference. A difference whose signature is already known stops it too, as a pass, so
/// that a search round looks only for faults not yet reported and an implementation that has left the table's path
/// (a key enabled that should still be pending deletion) is not judged further on that path.
/// </remarks>
internal sealed class ScenarioRunner
{
    private readonly IKmsLifecycleAdapter _adapter;
    private readonly ISet<string> _knownSignatures;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<LifecycleScenario, ScenarioOutcome> _failures = new(ReferenceEqualityComparer.Instance);

    public ScenarioRunner(IKmsLifecycleAdapter adapter, ISet<string> knownSignatures, CancellationToken cancellationToken)
    {
        _adapter = adapter;
        _knownSignatures = knownSignatures;
        _cancellationToken = cancellationToken;
    }

    public int ScenariosRun { get; private set; }

    /// <summary>Returns the recorded failure of a scenario this runner ran, or <see langword="null"/>.</summary>
    public ScenarioOutcome? FailureOf(LifecycleScenario scenario) => _failures.GetValueOrDefault(scenario);

    public void ForgetFailures() => _failures.Clear();

    public bool Passes(LifecycleScenario scenario)
    {
        var outcome = RunAsync(scenario).GetAwaiter().GetResult();
        if (outcome.Fault is not null)
        {
            _failures[scenario] = outcome;
        }

        return outcome.Fault is null;
    }

    public async Task<ScenarioOutcome> RunAsync(LifecycleScenario scenario)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        ScenariosRun++;
        var run = new Run(this);
        try
        {
            return await run.ExecuteAsync(scenario).ConfigureAwait(false);
        }
        catch (AdapterException exception)
        {
            return run.Threw(exception.InnerException!);
        }
    }

    private sealed class Run
    {
        private readonly ScenarioRunner _runner;
        private readonly ReferenceKeys _reference = new();
        private readonly List<KeyArn> _keys = [];
        private readonly List<ReportedStep> _steps = [];

        // The latest ciphertext each key (by index) made in this scenario, with its plaintext, for Decrypt steps.
        private readonly Dictionary<int, (ReadOnlyMemory<byte> Blob, ReadOnlyMemory<byte> Plaintext)> _ciphertexts = [];
        private KmsCaller? _caller;
        private string _currentCall = "CreateKey";
        private int _stepsRun;
        private int _keysAttempted;
        private string _knownDifference = string.Empty;

        public Run(ScenarioRunner runner) => _runner = runner;

        private IKmsLifecycleAdapter Adapter => _runner._adapter;

        private CancellationToken Token => _runner._cancellationToken;

        public async Task<ScenarioOutcome> ExecuteAsync(LifecycleScenario scenario)
        {
            foreach (var request in scenario.Keys)
            {
                if (await CreateAsync(request).ConfigureAwait(false) is { } stop)
                {
                    return stop;
                }
            }

            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                _stepsRun = i + 1;
                if (await StepAsync(scenario.Steps[i]).ConfigureAwait(false) is { } stop)
                {
                    return stop;
                }
            }

            return ScenarioOutcome.Pass(_steps);
        }

        public ScenarioOutcome Threw(Exception exception)
        {
            var summary = $"{_currentCall}: the adapter threw {exception.GetType().Name}: {exception.Message}";
            _steps.Add(new ReportedStep(_steps.Count + 1, _currentCall, "an answer", $"{exception.GetType().Name}: {exception.Message}", true));
            return Fault("*|exception|" + exception.GetType().FullName, summary);
        }

        private async Task<ScenarioOutcome?> CreateAsync(KeyCreationRequest request)
        {
            var call = LifecycleScenario.Describe(request);
            _currentCall = call;
            _keysAttempted++;
            var response = await CallAdapterAsync(() => Adapter.CreateKeyAsync(request, Token)).ConfigureAwait(false);
            var context = $"CreateKey with {(request.Origin == KeyOrigin.External ? "origin EXTERNAL" : "origin AWS_KMS")}{(request.MultiRegion ? ", multi-Region" : string.Empty)}";
            // Key creation faults are told apart by single- or multi-Region, and by origin only where it decides the state.
            var signaturePrefix = $"CreateKey|{(request.MultiRegion ? "multi-Region" : "single-Region")}|";
            if (!response.Succeeded)
            {
                return Differ(call, "ok", response.ToString(), signaturePrefix + "outcome", $"{context}: expected success, got {response}");
            }

            if (!KeyArn.TryParse(response.KeyArn, out var arn))
            {
                return Differ(call, "ok, a key ARN", $"ok, ARN \"{response.KeyArn}\"", signaturePrefix + "arn", $"{context}: the response's ARN \"{response.KeyArn}\" is not a key ARN");
            }

            if (_caller is null)
            {
                if (!AwsPartition.TryGetForRegion(arn.Region, out _))
                {
                    return Differ(call, "ok, a key ARN", $"ok, {arn}", signaturePrefix + "arn", $"{context}: the key ARN's Region belongs to no partition");
                }

                _caller = KmsCaller.Create(arn.Region, arn.AccountId);
            }
            else if (arn.Partition != _caller.Partition || arn.Region != _caller.Region || arn.AccountId != _caller.AccountId)
            {
                return Differ(call, $"ok, a key of {_caller.AccountId} in {_caller.Region}", $"ok, {arn}", signaturePrefix + "arn",
                    $"{context}: the new key's ARN names another account or Region than the first key's");
            }

            if (arn.KeyId.IsMultiRegion != request.MultiRegion)
            {
                return Differ(call, request.MultiRegion ? "ok, an mrk- key ID" : "ok, a UUID key ID", $"ok, {arn}", signaturePrefix + "keyid",
                    $"{context}: the key ID {arn.KeyId} is not of the kind asked for");
            }

            var key = KmsGen.Expect(KmsKey.Create(request, UuidOf(arn.KeyId), _caller, DateTimeOffset.UtcNow).ToOutcome(), "CreateKey");
            _reference[arn] = key;
            _keys.Add(arn);

            var expected = $"ok; key {key.State.ToWireName()}";
            if (response.KeyState is { } reportedState && reportedState != key.State.ToWireName())
            {
                return Differ(call, expected, $"ok (KeyState {reportedState})", $"CreateKey|{request.Origin}|state",
                    $"{context}: the response reports the new key {reportedState}, expected {key.State.ToWireName()}");
            }

            return await CheckStateAsync(call, expected, "ok", arn, key, $"CreateKey|{request.Origin}|", context).ConfigureAwait(false);
        }

        private async Task<ScenarioOutcome?> StepAsync(LifecycleStep step)
        {
            var caller = _caller!;
            var index = (int)((uint)step.Target.Key % (uint)_keys.Count);
            var keyArn = _keys[index];
            step = step with { Target = step.Target with { Key = index } };
            var before = _reference[keyArn];
            var text = KeyReferenceText.For(step.Target, caller, keyArn);
            var call = step.Target.NamesKey ? step.ToString() : $"{step} = {InvalidKeyIdCase.Show(text)}";
            _currentCall = call;

            var cryptographic = IsCryptographic(step.Operation);
            (ReadOnlyMemory<byte> Blob, ReadOnlyMemory<byte> Plaintext) ciphertext = default;
            if (step.Operation == KmsOperation.Decrypt && !_ciphertexts.TryGetValue(index, out ciphertext))
            {
                return Pass(call, $"skipped: key {index + 1} has made no ciphertext yet", "skipped");
            }

            var plaintext = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"conformance step {_stepsRun}"));
            var expectedAnswer = cryptographic ? ExpectCryptographic(step, text, caller, keyArn) : Expect(step, text, caller);
            var actual = await CallAdapterAsync(() => cryptographic ? CallCryptographicAsync(step, text, plaintext, ciphertext.Blob) : CallAsync(step, text)).ConfigureAwait(false);

            var operation = step.Operation.ToWireName();
            var context = step.Target.NamesKey
                ? $"{operation} on {Article(before.State)} {before.State.ToWireName()} key"
                : $"{operation} with a KeyId of the form {step.Target.Form}";
            // Faults in naming keys are usually one piece of code whatever the form or operation: they are told apart by the
            // kind of answer expected (Invalid keyId '...', Invalid arn ..., Key '...' does not exist, validation).
            var signaturePrefix = step.Target.NamesKey
                ? $"{operation}|{before.State}|"
                : $"{(step.Operation == KmsOperation.DescribeKey ? operation : "key-only operations")}|{AnswerKind(expectedAnswer.Error, text)}|{AnswerKind(actual, text)}|";

            // An answer that is no KMS error at all (a server crash, an HTML page) is one fault per kind of identifier.
            if (actual.ErrorCode is { } crashCode && !IsKmsErrorCode(crashCode))
            {
                context = $"{operation} with {Family(step.Target.Form)}";
                signaturePrefix = $"unreadable answer|{Family(step.Target.Form)}|{crashCode}|";
            }

            var expectedText = expectedAnswer.Error is { } error ? $"{error.ErrorCode}: {InvalidKeyIdCase.Shorten(error.Message)}" : "ok";
            var keyAfter = expectedAnswer.Key ?? before;
            var expectedLine = $"{expectedText}; key {keyAfter.State.ToWireName()}";
            var actualText = actual.ToString();

            if (expectedAnswer.Error is { } expectedError)
            {
                if (actual.Succeeded)
                {
                    return Differ(call, expectedLine, actualText, signaturePrefix + "outcome", $"{context}: expected {expectedError.ErrorCode}, but the call succeeded");
                }

                // Both refused: the key should be as it was, so a known difference in the answer's wording does not end the scenario.
                var crashed = !IsKmsErrorCode(actual.ErrorCode!);
                if (actual.ErrorCode != expectedError.ErrorCode
                    && Differ(call, expectedLine, actualText, signaturePrefix + (crashed ? string.Empty : "code"), $"{context}: expected {expectedError.ErrorCode}, got {actual.ErrorCode}: {InvalidKeyIdCase.Shorten(actual.ErrorMessage ?? string.Empty)}", diverges: crashed) is { } wrongCode)
                {
                    return wrongCode;
                }

                if (actual.ErrorCode == expectedError.ErrorCode && actual.ErrorMessage != expectedError.Message
                    && Differ(call, expectedLine, actualText, signaturePrefix + "message",
                        $"{context}: expected the message \"{InvalidKeyIdCase.Shorten(expectedError.Message)}\", got \"{InvalidKeyIdCase.Shorten(actual.ErrorMessage ?? string.Empty)}\"", diverges: false) is { } wrongMessage)
                {
                    return wrongMessage;
                }
            }
            else
            {
                if (!actual.Succeeded)
                {
                    return Differ(call, expectedLine, actualText, signaturePrefix + (IsKmsErrorCode(actual.ErrorCode!) ? "outcome" : string.Empty), $"{context}: expected success, got {actualText}");
                }

                _reference[keyAfter.Arn] = keyAfter;
                if (step.Operation is KmsOperation.Encrypt or KmsOperation.GenerateDataKey && actual.CiphertextBlob is { Length: > 0 } blob)
                {
                    _ciphertexts[index] = (blob, step.Operation == KmsOperation.Encrypt ? plaintext : actual.Plaintext ?? ReadOnlyMemory<byte>.Empty);
                }

                var problem = cryptographic ? CryptographicResponseProblem(step.Operation, actual, keyAfter, ciphertext.Plaintext) : ResponseProblem(step.Operation, actual, keyAfter);
                if (problem is not null
                    && Differ(call, expectedLine, actualText, $"{operation}|{problem.Value.Aspect}", $"{context}: {problem.Value.Text}", problem.Value.Diverges) is { } wrongResponse)
                {
                    return wrongResponse;
                }
            }

            // A cryptographic call changes no key, so the key is not described again after it.
            return cryptographic
                ? Pass(call, expectedLine, actualText)
                : step.Operation == KmsOperation.DescribeKey && step.Target.NamesKey
                ? Pass(call, expectedLine, actualText + "; key " + actual.KeyState)
                : await CheckStateAsync(call, expectedLine, actualText, keyArn, keyAfter, signaturePrefix, context).ConfigureAwait(false);
        }

        // Diverges: whether the difference means the implementation's key is no longer the reference's.
        private static (string Aspect, string Text, bool Diverges)? ResponseProblem(KmsOperation operation, KmsResponse actual, KmsKey key)
        {
            var arn = key.Arn.ToString();
            var state = key.State.ToWireName();
            switch (operation)
            {
                case KmsOperation.ScheduleKeyDeletion or KmsOperation.CancelKeyDeletion when actual.KeyArn is { } responseKeyId && responseKeyId != arn:
                    return ("response KeyId", $"the response's KeyId is \"{responseKeyId}\", expected the key ARN {arn}", false);
                case KmsOperation.ScheduleKeyDeletion when actual.KeyState is { } responseState && responseState != state:
                    return ("response KeyState", $"the response's KeyState is {responseState}, expected {state}", false);
                case KmsOperation.DescribeKey when actual.KeyArn != arn:
                    return ("response Arn", $"KeyMetadata.Arn is \"{actual.KeyArn}\", expected {arn}", false);
                case KmsOperation.DescribeKey when actual.KeyState != state:
                    return ("state", $"KeyMetadata.KeyState is {actual.KeyState}, expected {state}", true);
                case KmsOperation.DescribeKey when actual.Enabled is { } enabled && enabled != key.Enabled:
                    return ("response Enabled", $"KeyMetadata.Enabled is {enabled} for a {state} key", false);
                default:
                    return null;
            }
        }

        // Diverges: never, since a cryptographic call changes no key; a wrong plaintext is a fault of its own.
        private static (string Aspect, string Text, bool Diverges)? CryptographicResponseProblem(
            KmsOperation operation, KmsResponse actual, KmsKey key, ReadOnlyMemory<byte> encrypted)
        {
            var arn = key.Arn.ToString();
            if (actual.KeyArn != arn)
            {
                return ("response KeyId", $"the response's KeyId is \"{actual.KeyArn}\", expected the key ARN {arn}", false);
            }

            return operation switch
            {
                KmsOperation.Encrypt or KmsOperation.GenerateDataKey when actual.CiphertextBlob is not { Length: > 0 } =>
                    ("response CiphertextBlob", "the response has no CiphertextBlob", false),
                KmsOperation.GenerateDataKey when actual.Plaintext is not { Length: 32 } =>
                    ("response Plaintext", string.Create(CultureInfo.InvariantCulture, $"the data key's Plaintext is {actual.Plaintext?.Length ?? 0} bytes, expected 32 for AES_256"), false),
                KmsOperation.Decrypt when actual.Plaintext is not { } plaintext || !plaintext.Span.SequenceEqual(encrypted.Span) =>
                    ("plaintext", "Decrypt returned other bytes than were encrypted", false),
                _ => null,
            };
        }

        private async Task<ScenarioOutcome?> CheckStateAsync(
            string call, string expectedLine, string actualText, KeyArn keyArn, KmsKey expectedKey, string signaturePrefix, string context)
        {
            var described = await CallAdapterAsync(() => Adapter.DescribeKeyAsync(keyArn.KeyId.ToString(), Token)).ConfigureAwait(false);
            var expectedState = expectedKey.State.ToWireName();
            if (!described.Succeeded)
            {
                return Differ(call, expectedLine, $"{actualText}; DescribeKey: {described}", signaturePrefix + "describe",
                    $"{context}: DescribeKey of the key afterwards failed: {described}");
            }

            var line = $"{actualText}; key {described.KeyState}";
            if (described.KeyState != expectedState)
            {
                return Differ(call, expectedLine, line, signaturePrefix + "state",
                    $"{context}: expected the key to be {expectedState} afterwards, DescribeKey reports {described.KeyState}");
            }

            if (described.Enabled is { } enabled && enabled != expectedKey.Enabled)
            {
                return Differ(call, expectedLine, line + (enabled ? ", Enabled: true" : ", Enabled: false"), signaturePrefix + "enabled",
                    $"{context}: DescribeKey reports Enabled: {enabled} for a {expectedState} key", diverges: false) ?? Pass(call, expectedLine, line);
            }

            return Pass(call, expectedLine, line);
        }

        // The reference answer: resolve the KeyId as the service does, then apply the operation's transition.
        private (IKmsError? Error, KmsKey? Key) Expect(LifecycleStep step, string? text, KmsCaller caller)
        {
            if (!KeyResolver.Resolve(text, caller, step.Operation, _reference).TryPick(out var key, out var notResolved))
            {
                return (notResolved, null);
            }

            var answer = step.Operation switch
            {
                KmsOperation.EnableKey => KeyTransitions.EnableKey(key).ToOutcome(),
                KmsOperation.DisableKey => KeyTransitions.DisableKey(key).ToOutcome(),
                KmsOperation.ScheduleKeyDeletion => KeyTransitions.ScheduleKeyDeletion(key, step.PendingWindowInDays, DateTimeOffset.UtcNow).ToOutcome(),
                KmsOperation.CancelKeyDeletion => KeyTransitions.CancelKeyDeletion(key).ToOutcome(),
                KmsOperation.DescribeKey => key,
                _ => throw new ArgumentOutOfRangeException(nameof(step), step.Operation, "Not a lifecycle operation the suite drives."),
            };
            return answer.TryPick(out var changed, out var refused) ? (null, changed) : (refused, null);
        }

        // The reference answer to a cryptographic call: resolve the KeyId (for Decrypt, a ciphertext without one names its
        // own key, and one that names another key is IncorrectKeyException), then the key-state table and the key's usage.
        // No key changes.
        private (IKmsError? Error, KmsKey? Key) ExpectCryptographic(LifecycleStep step, string? text, KmsCaller caller, KeyArn keyArn)
        {
            KmsKey? key;
            if (step.Operation == KmsOperation.Decrypt && text is null)
            {
                key = _reference[keyArn];
            }
            else if (!KeyResolver.Resolve(text, caller, step.Operation, _reference).TryPick(out key, out var notResolved))
            {
                return (notResolved, null);
            }

            if (step.Operation == KmsOperation.Decrypt && CryptographicRules.CheckCiphertextKey(key, keyArn.KeyId).TryPickT1(out var incorrect, out _))
            {
                return (incorrect, null);
            }

            var permitted = CryptographicRules.CheckKey(step.Operation, key);
            if (permitted.Error is { } refused)
            {
                return (refused, null);
            }

            return step.Operation == KmsOperation.GenerateDataKey || CryptographicRules.EncryptionAlgorithmFor(key, null).Error is not { } wrongAlgorithm
                ? (null, key)
                : (wrongAlgorithm, null);
        }

        private Task<KmsResponse> CallCryptographicAsync(LifecycleStep step, string? text, ReadOnlyMemory<byte> plaintext, ReadOnlyMemory<byte> ciphertext)
        {
            var adapter = (IKmsCryptographyAdapter)Adapter;
            return step.Operation switch
            {
                KmsOperation.Encrypt => adapter.EncryptAsync(text, plaintext, Token),
                KmsOperation.GenerateDataKey => adapter.GenerateDataKeyAsync(text, Token),
                KmsOperation.Decrypt => adapter.DecryptAsync(ciphertext, text, Token),
                _ => throw new ArgumentOutOfRangeException(nameof(step), step.Operation, "Not a cryptographic operation the suite drives."),
            };
        }

        private static bool IsCryptographic(KmsOperation operation) => operation is KmsOperation.Encrypt or KmsOperation.GenerateDataKey or KmsOperation.Decrypt;

        // Exceptions from the implementation are a finding; the suite's own propagate and fail the run as such.
        private async Task<KmsResponse> CallAdapterAsync(Func<Task<KmsResponse>> call)
        {
            try
            {
                return await call().ConfigureAwait(false) ?? throw new InvalidOperationException("The adapter answered null.");
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !Token.IsCancellationRequested)
            {
                throw new AdapterException(exception);
            }
        }

        private Task<KmsResponse> CallAsync(LifecycleStep step, string? text) => step.Operation switch
        {
            KmsOperation.EnableKey => Adapter.EnableKeyAsync(text, Token),
            KmsOperation.DisableKey => Adapter.DisableKeyAsync(text, Token),
            KmsOperation.ScheduleKeyDeletion => Adapter.ScheduleKeyDeletionAsync(text, step.PendingWindowInDays, Token),
            KmsOperation.CancelKeyDeletion => Adapter.CancelKeyDeletionAsync(text, Token),
            KmsOperation.DescribeKey => Adapter.DescribeKeyAsync(text, Token),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Operation, "Not a lifecycle operation the suite drives."),
        };

        private ScenarioOutcome? Pass(string call, string expected, string actual)
        {
            _steps.Add(new ReportedStep(_steps.Count + 1, call, expected, actual + _knownDifference, false));
            _knownDifference = string.Empty;
            return null;
        }

        /// <summary>Records a difference: a new fault ends the scenario as a failure; a known one ends it as a pass when the implementation's key may have left the reference's path (<paramref name="diverges"/>), and otherwise lets it go on (<see langword="null"/>).</summary>
        private ScenarioOutcome? Differ(string call, string expected, string actual, string signature, string summary, bool diverges = true)
        {
            if (_runner._knownSignatures.Contains(signature) && !diverges)
            {
                _knownDifference = " (a fault already reported)";
                return null;
            }

            _steps.Add(new ReportedStep(_steps.Count + 1, call, expected, actual, true));
            return Fault(signature, summary);
        }

        private ScenarioOutcome Fault(string signature, string summary) =>
            _runner._knownSignatures.Contains(signature)
                ? ScenarioOutcome.Pass(_steps)
                : ScenarioOutcome.Fail(_steps, signature, summary) with { KeysCreated = _keysAttempted, StepsRun = _stepsRun };

        // KMS error codes are bare exception names; adapters report anything else (an HTTP status) in another form.
        private static bool IsKmsErrorCode(string code) => code.Length > 0 && char.IsAsciiLetterUpper(code[0]) && !code.Contains(' ', StringComparison.Ordinal);

        private static string Family(KeyReferenceForm form) => form switch
        {
            KeyReferenceForm.KeyId or KeyReferenceForm.NonexistentKey or KeyReferenceForm.MalformedKeyId => "a key ID",
            KeyReferenceForm.KeyArn or KeyReferenceForm.ForeignRegionArn or KeyReferenceForm.ForeignPartitionArn or KeyReferenceForm.OtherAccountArn
                or KeyReferenceForm.TruncatedArn or KeyReferenceForm.MalformedArn => "a key ARN",
            KeyReferenceForm.Alias => "an alias",
            KeyReferenceForm.OverLong => "an over-long KeyId",
            KeyReferenceForm.Empty => "an empty KeyId",
            KeyReferenceForm.Missing => "no KeyId",
            _ => form.ToString(),
        };

        private static string AnswerKind(IKmsError? error, string? input) =>
            error is null ? "success" : AnswerKind(error.ErrorCode, error.Message, input);

        private static string AnswerKind(KmsResponse actual, string? input) =>
            actual.Succeeded ? "success" : AnswerKind(actual.ErrorCode!, actual.ErrorMessage ?? string.Empty, input);

        // The shape of an answer with the caller's text, ARNs and quoted parts taken out: "NotFoundException: Invalid keyId '...'".
        private static string AnswerKind(string code, string message, string? input)
        {
            var shape = string.IsNullOrEmpty(input) ? message : message.Replace(input, "<input>", StringComparison.Ordinal);
            shape = Regex.Replace(Regex.Replace(shape, "arn:[^ ']*", "<arn>"), "'[^']*'", "'...'");
            return code + ": " + Regex.Replace(shape, @"\b(mrk-)?[0-9a-fA-F][0-9a-fA-F-]*\b", "<id>");
        }

        private static string Article(KeyState state) => state is KeyState.Enabled or KeyState.Unavailable or KeyState.Updating ? "an" : "a";

        private static Guid UuidOf(KeyId keyId)
        {
            var text = keyId.ToString();
            return keyId.IsMultiRegion
                ? Guid.ParseExact(text.AsSpan("mrk-".Length), "N")
                : Guid.ParseExact(text, "D");
        }
    }
}
