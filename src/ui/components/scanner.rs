//! Scanning a QR code with the phone's camera: the rear camera through `getUserMedia`,
//! frames read by the QR module, the camera off as soon as a code reads or the screen
//! closes. An animated code (issue 14) is joined piece by piece, with its progress shown,
//! and ends by itself when the package is whole. Says what to do when the camera is refused
//! or missing.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};
use yew::prelude::*;

use crate::i18n::T;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::qr;

/// Props of [`Scanner`].
#[derive(Properties, PartialEq)]
pub struct ScannerProps {
    /// The bytes of the first code that reads (or of every piece of an animated code,
    /// joined); the camera is off by then.
    pub on_read: Callback<Vec<u8>>,
    /// Pieces of an animated code known, and how many it has, each time one more comes in.
    #[prop_or_default]
    pub on_progress: Callback<(u32, u32)>,
}

/// Where the camera stands.
#[derive(Clone, Copy, PartialEq)]
enum Camera {
    Starting,
    Scanning,
    /// The person or the browser said no.
    Refused,
    /// No camera, or none the browser can give (also an insecure page).
    Missing,
    /// The QR module cannot load (offline before the service worker kept it).
    NoReader,
}

/// The widest frame the reader looks at: enough for a code across a phone's screen.
const FRAME_WIDTH: u32 = 640;
/// How long between two frames; shorter once an animated code is being joined, so that
/// few of its five codes a second are missed.
const FRAME_MS: i32 = 150;
const PIECE_FRAME_MS: i32 = 60;

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

fn stop(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// The rear camera's stream, or why there is none.
async fn open_camera() -> Result<MediaStream, Camera> {
    let devices = gloo::utils::window()
        .navigator()
        .media_devices()
        .map_err(|_| Camera::Missing)?;
    let video = Object::new();
    let _ = Reflect::set(&video, &"facingMode".into(), &"environment".into());
    let constraints = Object::new();
    let _ = Reflect::set(&constraints, &"video".into(), &video);
    let _ = Reflect::set(&constraints, &"audio".into(), &JsValue::FALSE);
    let constraints: MediaStreamConstraints = constraints.unchecked_into();
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| Camera::Missing)?;
    match JsFuture::from(promise).await {
        Ok(stream) => Ok(stream.unchecked_into()),
        Err(e) => {
            let name = Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            Err(match name.as_str() {
                "NotAllowedError" | "SecurityError" => Camera::Refused,
                _ => Camera::Missing,
            })
        }
    }
}

/// One frame of the video, grey, or `None` before the video has a size.
fn frame(video: &HtmlVideoElement, canvas: &HtmlCanvasElement) -> Option<(Vec<u8>, u32, u32)> {
    let (w, h) = (video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return None;
    }
    let width = w.min(FRAME_WIDTH);
    let height = h * width / w;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(
            video,
            0.0,
            0.0,
            width.into(),
            height.into(),
        )
        .ok()?;
    let pixels = context
        .get_image_data(0.0, 0.0, width.into(), height.into())
        .ok()?
        .data();
    Some((qr::grey(&pixels), width, height))
}

/// The camera, looking for a code.
#[function_component]
pub fn Scanner(props: &ScannerProps) -> Html {
    let lang = use_lang();
    let camera = use_state(|| Camera::Starting);
    let attempt = use_state(|| 0u32);
    // Pieces of an animated code known, and how many it has.
    let progress = use_state(|| None::<(u32, u32)>);
    let video = use_node_ref();
    {
        let camera = camera.clone();
        let progress = progress.clone();
        let video = video.clone();
        let on_read = props.on_read.clone();
        let on_progress = props.on_progress.clone();
        use_effect_with(*attempt, move |_| {
            let running = Rc::new(Cell::new(true));
            let stream_slot: Rc<std::cell::RefCell<Option<MediaStream>>> = Rc::default();
            {
                let running = running.clone();
                let stream_slot = stream_slot.clone();
                camera.set(Camera::Starting);
                wasm_bindgen_futures::spawn_local(async move {
                    let Some(module) = qr::load().await else {
                        camera.set(Camera::NoReader);
                        return;
                    };
                    let mut reader = module.reader();
                    progress.set(None);
                    // Closed while the reader loaded: the camera is never asked for.
                    if !running.get() {
                        return;
                    }
                    let stream = match open_camera().await {
                        Ok(stream) => stream,
                        Err(why) => {
                            camera.set(why);
                            return;
                        }
                    };
                    if !running.get() {
                        stop(&stream);
                        return;
                    }
                    *stream_slot.borrow_mut() = Some(stream.clone());
                    let Some(element) = video.cast::<HtmlVideoElement>() else {
                        stop(&stream);
                        return;
                    };
                    element.set_src_object(Some(&stream));
                    if let Ok(playing) = element.play() {
                        let _ = JsFuture::from(playing).await;
                    }
                    camera.set(Camera::Scanning);
                    let canvas: HtmlCanvasElement = match gloo::utils::document()
                        .create_element("canvas")
                        .map(|c| c.unchecked_into())
                    {
                        Ok(canvas) => canvas,
                        Err(_) => {
                            stop(&stream);
                            camera.set(Camera::Missing);
                            return;
                        }
                    };
                    let mut joining = false;
                    while running.get() {
                        if let Some((grey, w, h)) = frame(&element, &canvas) {
                            match reader.scan(&grey, w, h) {
                                qr::Scanned::Done => {
                                    if let Some(bytes) = reader.result() {
                                        running.set(false);
                                        stop(&stream);
                                        on_read.emit(bytes);
                                        break;
                                    }
                                }
                                qr::Scanned::Piece => {
                                    joining = true;
                                    progress.set(Some(reader.progress()));
                                    on_progress.emit(reader.progress());
                                }
                                qr::Scanned::Nothing => {}
                            }
                        }
                        sleep(if joining { PIECE_FRAME_MS } else { FRAME_MS }).await;
                    }
                });
            }
            move || {
                running.set(false);
                if let Some(stream) = stream_slot.borrow_mut().take() {
                    stop(&stream);
                }
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };
    let problem = match *camera {
        Camera::Refused => Some(T::CameraRefused),
        Camera::Missing => Some(T::CameraMissing),
        Camera::NoReader => Some(T::QrUnavailable),
        Camera::Starting | Camera::Scanning => None,
    };
    html! {
        <div class="scanner">
            if let Some(problem) = problem {
                <p class="notice" role="alert">{ lang.t(problem) }</p>
                <button type="button" class="button wide" onclick={retry}>
                    { lang.t(T::CameraTryAgain) }
                </button>
            } else {
                <p role="status" id="scan-status">
                    { match *progress {
                        Some((known, pieces)) => crate::i18n::home::scan_pieces(lang.lang, known, pieces),
                        None => lang.t(if *camera == Camera::Starting { T::CameraStarting } else { T::ScanIntro }).to_string(),
                    } }
                </p>
                if let Some((known, pieces)) = *progress {
                    <progress class="scan-progress" max={pieces.to_string()} value={known.to_string()}
                        aria-labelledby="scan-status" />
                }
                <video ref={video} class="camera" muted=true autoplay=true playsinline=true
                    aria-label={lang.t(T::CameraView)} />
            }
        </div>
    }
}
