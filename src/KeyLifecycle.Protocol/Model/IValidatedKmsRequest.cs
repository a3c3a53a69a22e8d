namespace KeyLifecycle.Protocol.Model;

/// <summary>An operation's input shape whose handler takes it validated, as a form whose required members are not nullable.</summary>
/// <typeparam name="TValid">The validated form.</typeparam>
internal interface IValidatedKmsRequest<TValid>
    where TValid : struct
{
    /// <summary>Returns the validated form, or the <c>ValidationException</c> for the request's broken model constraints.</summary>
    KmsOutcome<TValid> Validate();
}
