namespace KeyLifecycle.Policies;

/// <summary>What kind of identity a <see cref="KmsPrincipal"/> is.</summary>
public enum PrincipalKind
{
    /// <summary>The default value, which is no principal.</summary>
    None,

    /// <summary>An account's root user, <c>arn:aws:iam::111122223333:root</c>.</summary>
    AccountRoot,

    /// <summary>An IAM user, <c>arn:aws:iam::111122223333:user/Alice</c>.</summary>
    IamUser,

    /// <summary>An IAM role, <c>arn:aws:iam::111122223333:role/Admin</c>.</summary>
    IamRole,

    /// <summary>A session of an assumed role, <c>arn:aws:sts::111122223333:assumed-role/Admin/session</c>.</summary>
    AssumedRole,

    /// <summary>A federated user session, <c>arn:aws:sts::111122223333:federated-user/Bob</c>.</summary>
    FederatedUser,

    /// <summary>An AWS service principal, <c>dynamodb.amazonaws.com</c>.</summary>
    Service,
}
