"""CLIP's symmetric contrastive loss over a batch of matching image-text pairs."""

from __future__ import annotations

import math
import numbers

import torch

from torchnotes._checks import check_like
from torchnotes.concepts._args import check_float

#: CLIP's cap on the logit scale (the inverse temperature): logits are never multiplied by more.
MAX_SCALE = 100.0
#: CLIP's initial value of the learnable ``logit_scale``: the temperature starts at 0.07.
INIT_LOGIT_SCALE = math.log(1 / 0.07)


def clip_loss(image_features: torch.Tensor, text_features: torch.Tensor,
              logit_scale: torch.Tensor | float) -> torch.Tensor:
    """CLIP's loss (Radford et al., 2021): cross-entropy over image->text and text->image.

    Row ``i`` of both feature matrices belongs to the same pair. The features are
    L2-normalised, so ``img @ txt.T`` holds cosine similarities; they are multiplied by
    ``exp(logit_scale)`` (the inverse of a learnable temperature, capped at 100) and each
    row is a classification of image ``i`` over all texts of the batch, each column one of
    text ``i`` over all images, the correct class being the diagonal. The loss is the mean
    of the two cross-entropies. The other pairs of the batch serve as the negatives, so the
    same pair gets a different loss in a different batch.

    Args:
        image_features: ``(batch, dim)`` float32 or float64 embeddings of the images.
        text_features: ``(batch, dim)`` embeddings of the matching texts, same dtype and
            device.
        logit_scale: the log of the scale, a 0-d tensor (usually an ``nn.Parameter``
            initialised to ``log(1 / 0.07)``) or a real number.

    Returns:
        A 0-d tensor, differentiable with respect to the features and ``logit_scale``
        (no gradient reaches ``logit_scale`` while ``exp(logit_scale)`` is above 100).

    Raises:
        TypeError: the features are not float32/float64 tensors of one dtype, or
            ``logit_scale`` is neither a real number nor a 0-d tensor of that dtype.
        ValueError: the features are not 2-d, their shapes differ, the batch is empty,
            the tensors are on different devices, or ``logit_scale`` is an int too large
            for a float.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> img, txt = torch.randn(4, 8), torch.randn(4, 8)
        >>> scale = torch.nn.Parameter(torch.tensor(INIT_LOGIT_SCALE))
        >>> scale.exp()  # the scale starts at 1 / 0.07 #zh: 缩放从 1 / 0.07 开始
        tensor(14.2857, grad_fn=<ExpBackward0>)
        >>> clip_loss(img, txt, scale)
        tensor(5.1350, grad_fn=<DivBackward0>)
        >>> clip_loss(img, img, scale)  # identical pairs: lower, not zero #zh: 配对完全相同：损失更低，但不为零
        tensor(0.0152, grad_fn=<DivBackward0>)
    """
    fn = "clip_loss"
    check_float(fn, "image_features", image_features, ndim=2)
    check_float(fn, "text_features", text_features, ndim=2)
    check_like(fn, [("image_features", image_features), ("text_features", text_features)])
    if image_features.shape != text_features.shape:
        raise ValueError(
            f"{fn}(): image_features and text_features must have the same shape (batch, dim), "
            f"got {tuple(image_features.shape)} and {tuple(text_features.shape)}"
        )
    if image_features.shape[0] == 0:
        raise ValueError(f"{fn}(): the batch is empty; the loss needs at least one pair")
    if isinstance(logit_scale, torch.Tensor):
        check_float(fn, "logit_scale", logit_scale, ndim=0)
        check_like(fn, [("image_features", image_features), ("logit_scale", logit_scale)])
    elif isinstance(logit_scale, numbers.Real) and not isinstance(logit_scale, bool):
        try:
            scale = float(logit_scale)
        except OverflowError:  # an int past float's range, which torch.tensor refuses too #zh: 超出 float 范围的整数，torch.tensor 同样拒绝
            raise ValueError(f"{fn}(): logit_scale must fit in a float, got an int too large for one") from None
        logit_scale = torch.tensor(scale, dtype=image_features.dtype, device=image_features.device)
    else:
        raise TypeError(f"{fn}(): logit_scale must be a 0-d tensor or a real number, got {type(logit_scale).__name__}")
    # F.normalize's rule: divide by the norm, but never by less than 1e-12 #zh: 与 F.normalize 相同：除以范数，但除数不小于 1e-12
    img = image_features / image_features.norm(dim=1, keepdim=True).clamp_min(1e-12)
    txt = text_features / text_features.norm(dim=1, keepdim=True).clamp_min(1e-12)
    logits = logit_scale.exp().clamp(max=MAX_SCALE) * img @ txt.T  # shape (batch, batch) #zh: 形状为 (batch, batch)
    # cross-entropy with the diagonal as the labels, by hand: logsumexp - correct logit #zh: 以对角线为标签的交叉熵，手写：logsumexp 减去正确类别的 logit
    image_to_text = (logits.logsumexp(dim=1) - logits.diagonal()).mean()
    text_to_image = (logits.logsumexp(dim=0) - logits.diagonal()).mean()
    return (image_to_text + text_to_image) / 2
