"""GradScaler skips a step with inf gradients and halves the scale; after growth_interval good steps it doubles it.

>>> import torch
>>> from torchnotes.amp import grad_scaler_update
>>> defaults = torch.amp.GradScaler("cpu")
>>> defaults.get_scale(), defaults.get_growth_interval(), defaults.get_growth_factor(), defaults.get_backoff_factor()
(65536.0, 2000, 2.0, 0.5)
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Linear(2, 1)
>>> opt = torch.optim.SGD(model.parameters(), lr=0.1)
>>> scaler = torch.amp.GradScaler("cpu", init_scale=2.0**16, growth_interval=2)
>>> x = torch.randn(4, 2)
>>> for step in range(4):
...     opt.zero_grad()
...     batch = x * float("inf") if step == 1 else x  # step 1 gets an inf gradient #zh: 第 1 步得到 inf 梯度
...     scaler.scale(model(batch).pow(2).mean()).backward()
...     before = model.weight.detach().clone()
...     scaler.step(opt)  # unscales the gradients; skips the step if any is inf/NaN #zh: 先还原梯度；有 inf/NaN 就跳过这一步
...     scaler.update()
...     print(step, scaler.get_scale(), "skipped" if torch.equal(before, model.weight) else "stepped")
0 65536.0 stepped
1 32768.0 skipped
2 32768.0 stepped
3 65536.0 stepped
>>> # backward gives scaled gradients; unscale_ divides them back (do it before clipping) #zh: backward 得到的是放大后的梯度；unscale_ 把它们除回去（裁剪之前要先做）
>>> opt.zero_grad()
>>> scaler.scale(model(x).pow(2).mean()).backward()
>>> scaled = model.weight.grad.clone()
>>> scaler.unscale_(opt)
>>> torch.allclose(scaled / scaler.get_scale(), model.weight.grad)
True
>>> scaler.step(opt); scaler.update()
>>> opt.zero_grad()
>>> scaler.scale(model(x * float("inf")).pow(2).mean()).backward()
>>> calls = []
>>> hook = opt.register_step_post_hook(lambda *args: calls.append("opt.step"))
>>> scaler.step(opt); scaler.get_scale()  # step() skips, but the scale has not moved yet #zh: step() 跳过了这一步，但缩放因子还没变
65536.0
>>> calls  # scaler.step() returned without calling opt.step() #zh: scaler.step() 正常返回，但没有调用 opt.step()
[]
>>> scaler.update(); scaler.get_scale()  # update() is where it changes #zh: 缩放因子在 update() 中才改变
32768.0
>>> opt.zero_grad()
>>> scaler.scale(model(x).pow(2).mean()).backward()
>>> scaler.step(opt); calls  # with finite gradients it does call opt.step() #zh: 梯度有限时它才调用 opt.step()
['opt.step']
>>> # the same rule, one update at a time #zh: 同一条规则，一次更新一步
>>> scale, tracker = torch.tensor(2.0**16), torch.tensor(0, dtype=torch.int32)
>>> for found_inf in [0.0, 1.0, 0.0, 0.0]:
...     scale, tracker = grad_scaler_update(scale, tracker, torch.tensor(found_inf), growth_interval=2)
...     print(scale.item(), tracker.item())
65536.0 1
32768.0 0
32768.0 1
65536.0 0
"""
