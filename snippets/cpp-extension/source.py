"""A C++ operator for load_inline: the source, the call that builds it, and where the build goes.

>>> import functools
>>> import os
>>> import torch
>>> from torch.utils import cpp_extension
>>> from torchnotes.compile import SOFTSHRINK_CPP
>>> print(SOFTSHRINK_CPP)
torch::Tensor softshrink(torch::Tensor x, double lambd) {
  TORCH_CHECK(x.scalar_type() == torch::kFloat, "x must be float32");
  TORCH_CHECK(lambd >= 0, "lambd must be >= 0");
  auto input = x.contiguous();
  auto out = torch::empty_like(input);
  const float* in = input.data_ptr<float>();
  float* o = out.data_ptr<float>();
  const float l = static_cast<float>(lambd);
  for (int64_t i = 0; i < input.numel(); ++i) {
    const float v = in[i];
    o[i] = v > l ? v - l : (v < -l ? v + l : v * 0.0f);
  }
  return out;
}
<BLANKLINE>
>>> build = functools.partial(  # the call, not run here: building needs a C++ compiler #zh: 只构造调用、不在这里运行：构建需要 C++ 编译器
...     cpp_extension.load_inline,
...     name="softshrink_ext",
...     cpp_sources=SOFTSHRINK_CPP,
...     functions=["softshrink"],  # the C++ functions to bind to Python #zh: 要绑定到 Python 的 C++ 函数
... )
>>> import inspect
>>> inspect.signature(cpp_extension.load_inline).parameters["no_implicit_headers"]  # by default it adds torch's header #zh: 默认会自动加上 torch 的头文件
<Parameter "no_implicit_headers=False">
>>> os.path.basename(cpp_extension.get_default_build_root())  # extensions are built in folders below it #zh: 扩展在它下面的文件夹里构建
'torch_extensions'
"""
