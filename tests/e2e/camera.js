// A phone's camera for the end-to-end tests: Chromium's fake camera plays a video made from
// screenshots of the other phone's screen (a QR code, or a loop of them), as a phone held
// over it would see it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config.js";

const WIDTH = 640;
const HEIGHT = 480;

/** RGBA pixels of a PNG, decoded by the browser. */
export async function pixels(page, png) {
  return page.evaluate(async ([b64, width, height]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
    // The code as large as the frame's height allows, centred, as a camera held close.
    const side = Math.min(height - 40, width - 40);
    context.drawImage(bitmap, (width - side) / 2, (height - side) / 2, side, side);
    return Array.from(context.getImageData(0, 0, width, height).data);
  }, [png.toString("base64"), WIDTH, HEIGHT]);
}

/** One picture as a Y4M frame: grey (luma), no colour. */
function y4mFrame(rgba) {
  const y = Buffer.alloc(WIDTH * HEIGHT);
  const u = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const v = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  for (let i = 0; i < WIDTH * HEIGHT; i++) {
    const [r, g, b] = [rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]];
    y[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return Buffer.concat([Buffer.from("FRAME\n"), y, u, v]);
}

/** A Y4M video (the fake camera's format) of pictures ({ rgba, frames }), 10 frames a second. */
function y4m(pictures) {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  const frames = pictures.flatMap(({ rgba, frames }) => Array(frames).fill(y4mFrame(rgba)));
  return Buffer.concat([header, ...frames]);
}

/** Write the fake camera's video of `rgba` into the test's output directory. */
export function video(info, name, rgba) {
  mkdirSync(info.outputDir, { recursive: true });
  const path = join(info.outputDir, `${name}.y4m`);
  writeFileSync(path, y4m([{ rgba, frames: 5 }]));
  return path;
}

/**
 * The fake camera's video of a loop of codes: `pictures` ({ rgba, frames }) in the order they
 * were shown, each `frames` video frames long at 10 a second (2: the app's five codes a
 * second). The fake camera plays it in a loop, as the other phone's screen does.
 */
export function animatedVideo(info, name, pictures) {
  mkdirSync(info.outputDir, { recursive: true });
  const path = join(info.outputDir, `${name}.y4m`);
  writeFileSync(path, y4m(pictures));
  return path;
}

/** Screenshots of a loop of codes, in the order shown, until `count` differ. */
export async function distinctFrames(code, count) {
  const shots = [];
  for (let tries = 0; shots.length < count && tries < count * 10; tries++) {
    const png = await code.screenshot();
    if (!shots.some((s) => s.equals(png))) shots.push(png);
  }
  return shots;
}

/** A browser whose camera shows `video`. */
export async function phoneWithCamera(video) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...cameraArgs(video)],
  });
}

/** The Chromium arguments of a camera that shows `video`. */
export function cameraArgs(video) {
  return [
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    `--use-file-for-fake-video-capture=${video}`,
  ];
}
