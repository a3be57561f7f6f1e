using MediatR;

namespace SkillsLadder.Application.Common;

/// <summary>Marks a request that changes state: it runs in a transaction (see TransactionBehavior).</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>, ICommandMarker;

public interface ICommandMarker;
